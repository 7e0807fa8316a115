int main() { return 2; }  // placeholder until the CLI lands
