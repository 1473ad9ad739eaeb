import { NoticePage, noticeMetadata } from "@/components/ui/notice-page";

export const generateMetadata = () => noticeMetadata("not-found");

// Inside the signed-in shell, whose layout already gives the page its main landmark.
export default function NotFound() {
  return <NoticePage kind="not-found" />;
}
