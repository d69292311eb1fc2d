package com.example.idsserial;

import dev.strata.annotations.Schema;

@Schema(auth = AppAuth.class)
interface AuthSchema {}
