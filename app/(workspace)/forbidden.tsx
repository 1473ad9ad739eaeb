import { NoticePage, noticeMetadata } from "@/components/ui/notice-page";

export const generateMetadata = () => noticeMetadata("forbidden");

// Inside the signed-in shell, whose layout already gives the page its main landmark.
export default function Forbidden() {
  return <NoticePage kind="forbidden" />;
}
