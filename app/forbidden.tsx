import { NoticePage, noticeMetadata } from "@/components/ui/notice-page";

export const generateMetadata = () => noticeMetadata("forbidden");

export default function Forbidden() {
  return <NoticePage kind="forbidden" landmark />;
}
