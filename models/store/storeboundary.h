#pragma once

// Every store header includes this. The window's code (ui/) and the item models see services
// and domain types only: their targets define CHAIRSIDE_SEALED_FROM_STORE, so a store header
// reaching them, directly or through a service header, stops the build here.
#ifdef CHAIRSIDE_SEALED_FROM_STORE
#error "ui/ and models/itemmodels see services and domain types only: do not include a store header here"
#endif
