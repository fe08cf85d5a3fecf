fn main() {
    // The customer does not replace hardware.
    ovhcloud_raci::assert_raci!(Customer is Responsible for dedicated_servers::ReplaceDefectiveHardware);
}
