export const PUBLISH_FORM = "publish-form";
