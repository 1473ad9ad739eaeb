import { NoticePage, noticeMetadata } from "@/components/ui/notice-page";

export const generateMetadata = () => noticeMetadata("not-found");

export default function NotFound() {
  return <NoticePage kind="not-found" landmark />;
}
