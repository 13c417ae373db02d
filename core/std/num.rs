// The integer and float methods (std::num and the f32/f64 modules).
// `#[each_int] impl Int { .. }` is one impl per integer type: Int is i8 ..
// i128, isize, u8 .. u128, usize; UInt is the unsigned type of the same
// width (Int itself when Int is unsigned) and SInt the signed one.
// #[each_signed] and #[each_unsigned] are the same over half of them;
// #[each_float] impl Float { .. } is one impl for f32 and one for f64.
pub mod num {
    use crate::fmt;

    #[each_int]
    impl Int {
        pub const MIN: Int;
        pub const MAX: Int;
        pub const BITS: u32;
        pub fn from_str_radix(src: &str, radix: u32) -> Result<Int, ParseIntError>;
        pub fn count_ones(self) -> u32;
        pub fn count_zeros(self) -> u32;
        pub fn leading_zeros(self) -> u32;
        pub fn trailing_zeros(self) -> u32;
        pub fn leading_ones(self) -> u32;
        pub fn trailing_ones(self) -> u32;
        pub fn rotate_left(self, n: u32) -> Int;
        pub fn rotate_right(self, n: u32) -> Int;
        pub fn swap_bytes(self) -> Int;
        pub fn reverse_bits(self) -> Int;
        pub fn from_be(x: Int) -> Int;
        pub fn from_le(x: Int) -> Int;
        pub fn to_be(self) -> Int;
        pub fn to_le(self) -> Int;
        pub fn checked_add(self, rhs: Int) -> Option<Int>;
        pub fn checked_sub(self, rhs: Int) -> Option<Int>;
        pub fn checked_mul(self, rhs: Int) -> Option<Int>;
        pub fn checked_div(self, rhs: Int) -> Option<Int>;
        pub fn checked_div_euclid(self, rhs: Int) -> Option<Int>;
        pub fn checked_rem(self, rhs: Int) -> Option<Int>;
        pub fn checked_rem_euclid(self, rhs: Int) -> Option<Int>;
        pub fn checked_neg(self) -> Option<Int>;
        pub fn checked_shl(self, rhs: u32) -> Option<Int>;
        pub fn checked_shr(self, rhs: u32) -> Option<Int>;
        pub fn checked_pow(self, exp: u32) -> Option<Int>;
        pub fn checked_ilog(self, base: Int) -> Option<u32>;
        pub fn checked_ilog2(self) -> Option<u32>;
        pub fn checked_ilog10(self) -> Option<u32>;
        pub fn saturating_add(self, rhs: Int) -> Int;
        pub fn saturating_sub(self, rhs: Int) -> Int;
        pub fn saturating_mul(self, rhs: Int) -> Int;
        pub fn saturating_div(self, rhs: Int) -> Int;
        pub fn saturating_pow(self, exp: u32) -> Int;
        pub fn wrapping_add(self, rhs: Int) -> Int;
        pub fn wrapping_sub(self, rhs: Int) -> Int;
        pub fn wrapping_mul(self, rhs: Int) -> Int;
        pub fn wrapping_div(self, rhs: Int) -> Int;
        pub fn wrapping_div_euclid(self, rhs: Int) -> Int;
        pub fn wrapping_rem(self, rhs: Int) -> Int;
        pub fn wrapping_rem_euclid(self, rhs: Int) -> Int;
        pub fn wrapping_neg(self) -> Int;
        pub fn wrapping_shl(self, rhs: u32) -> Int;
        pub fn wrapping_shr(self, rhs: u32) -> Int;
        pub fn wrapping_pow(self, exp: u32) -> Int;
        pub fn overflowing_add(self, rhs: Int) -> (Int, bool);
        pub fn overflowing_sub(self, rhs: Int) -> (Int, bool);
        pub fn overflowing_mul(self, rhs: Int) -> (Int, bool);
        pub fn overflowing_div(self, rhs: Int) -> (Int, bool);
        pub fn overflowing_div_euclid(self, rhs: Int) -> (Int, bool);
        pub fn overflowing_rem(self, rhs: Int) -> (Int, bool);
        pub fn overflowing_rem_euclid(self, rhs: Int) -> (Int, bool);
        pub fn overflowing_neg(self) -> (Int, bool);
        pub fn overflowing_shl(self, rhs: u32) -> (Int, bool);
        pub fn overflowing_shr(self, rhs: u32) -> (Int, bool);
        pub fn overflowing_pow(self, exp: u32) -> (Int, bool);
        pub fn pow(self, exp: u32) -> Int;
        pub fn isqrt(self) -> Int;
        pub fn div_euclid(self, rhs: Int) -> Int;
        pub fn rem_euclid(self, rhs: Int) -> Int;
        pub fn ilog(self, base: Int) -> u32;
        pub fn ilog2(self) -> u32;
        pub fn ilog10(self) -> u32;
        pub fn abs_diff(self, other: Int) -> UInt;
        pub fn midpoint(self, rhs: Int) -> Int;
        pub fn unbounded_shl(self, rhs: u32) -> Int;
        pub fn unbounded_shr(self, rhs: u32) -> Int;
        pub fn strict_add(self, rhs: Int) -> Int;
        pub fn strict_sub(self, rhs: Int) -> Int;
        pub fn strict_mul(self, rhs: Int) -> Int;
        pub fn strict_div(self, rhs: Int) -> Int;
        pub fn strict_rem(self, rhs: Int) -> Int;
        pub fn strict_pow(self, exp: u32) -> Int;
    }

    #[each_signed]
    impl Int {
        pub fn abs(self) -> Int;
        pub fn signum(self) -> Int;
        pub fn is_positive(self) -> bool;
        pub fn is_negative(self) -> bool;
        pub fn unsigned_abs(self) -> UInt;
        pub fn cast_unsigned(self) -> UInt;
        pub fn checked_abs(self) -> Option<Int>;
        pub fn checked_isqrt(self) -> Option<Int>;
        pub fn checked_add_unsigned(self, rhs: UInt) -> Option<Int>;
        pub fn checked_sub_unsigned(self, rhs: UInt) -> Option<Int>;
        pub fn saturating_abs(self) -> Int;
        pub fn saturating_neg(self) -> Int;
        pub fn saturating_add_unsigned(self, rhs: UInt) -> Int;
        pub fn saturating_sub_unsigned(self, rhs: UInt) -> Int;
        pub fn wrapping_abs(self) -> Int;
        pub fn wrapping_add_unsigned(self, rhs: UInt) -> Int;
        pub fn wrapping_sub_unsigned(self, rhs: UInt) -> Int;
        pub fn overflowing_abs(self) -> (Int, bool);
        pub fn overflowing_add_unsigned(self, rhs: UInt) -> (Int, bool);
        pub fn overflowing_sub_unsigned(self, rhs: UInt) -> (Int, bool);
    }

    #[each_unsigned]
    impl Int {
        pub fn is_power_of_two(self) -> bool;
        pub fn next_power_of_two(self) -> Int;
        pub fn checked_next_power_of_two(self) -> Option<Int>;
        pub fn is_multiple_of(self, rhs: Int) -> bool;
        pub fn div_ceil(self, rhs: Int) -> Int;
        pub fn next_multiple_of(self, rhs: Int) -> Int;
        pub fn checked_next_multiple_of(self, rhs: Int) -> Option<Int>;
        pub fn cast_signed(self) -> SInt;
        pub fn checked_add_signed(self, rhs: SInt) -> Option<Int>;
        pub fn saturating_add_signed(self, rhs: SInt) -> Int;
        pub fn wrapping_add_signed(self, rhs: SInt) -> Int;
        pub fn overflowing_add_signed(self, rhs: SInt) -> (Int, bool);
    }

    #[each_float]
    impl Float {
        pub const RADIX: u32;
        pub const MANTISSA_DIGITS: u32;
        pub const DIGITS: u32;
        pub const EPSILON: Float;
        pub const MIN: Float;
        pub const MIN_POSITIVE: Float;
        pub const MAX: Float;
        pub const MIN_EXP: i32;
        pub const MAX_EXP: i32;
        pub const NAN: Float;
        pub const INFINITY: Float;
        pub const NEG_INFINITY: Float;
        pub fn is_nan(self) -> bool;
        pub fn is_infinite(self) -> bool;
        pub fn is_finite(self) -> bool;
        pub fn is_subnormal(self) -> bool;
        pub fn is_normal(self) -> bool;
        pub fn classify(self) -> FpCategory;
        pub fn is_sign_positive(self) -> bool;
        pub fn is_sign_negative(self) -> bool;
        pub fn next_up(self) -> Float;
        pub fn next_down(self) -> Float;
        pub fn recip(self) -> Float;
        pub fn to_degrees(self) -> Float;
        pub fn to_radians(self) -> Float;
        pub fn max(self, other: Float) -> Float;
        pub fn min(self, other: Float) -> Float;
        pub fn midpoint(self, other: Float) -> Float;
        pub fn total_cmp(&self, other: &Float) -> crate::cmp::Ordering;
        pub fn clamp(self, min: Float, max: Float) -> Float;
        pub fn abs(self) -> Float;
        pub fn signum(self) -> Float;
        pub fn copysign(self, sign: Float) -> Float;
        pub fn floor(self) -> Float;
        pub fn ceil(self) -> Float;
        pub fn round(self) -> Float;
        pub fn round_ties_even(self) -> Float;
        pub fn trunc(self) -> Float;
        pub fn fract(self) -> Float;
        pub fn mul_add(self, a: Float, b: Float) -> Float;
        pub fn div_euclid(self, rhs: Float) -> Float;
        pub fn rem_euclid(self, rhs: Float) -> Float;
        pub fn powi(self, n: i32) -> Float;
        pub fn powf(self, n: Float) -> Float;
        pub fn sqrt(self) -> Float;
        pub fn exp(self) -> Float;
        pub fn exp2(self) -> Float;
        pub fn ln(self) -> Float;
        pub fn log(self, base: Float) -> Float;
        pub fn log2(self) -> Float;
        pub fn log10(self) -> Float;
        pub fn cbrt(self) -> Float;
        pub fn hypot(self, other: Float) -> Float;
        pub fn sin(self) -> Float;
        pub fn cos(self) -> Float;
        pub fn tan(self) -> Float;
        pub fn asin(self) -> Float;
        pub fn acos(self) -> Float;
        pub fn atan(self) -> Float;
        pub fn atan2(self, other: Float) -> Float;
        pub fn sin_cos(self) -> (Float, Float);
        pub fn exp_m1(self) -> Float;
        pub fn ln_1p(self) -> Float;
        pub fn sinh(self) -> Float;
        pub fn cosh(self) -> Float;
        pub fn tanh(self) -> Float;
        pub fn asinh(self) -> Float;
        pub fn acosh(self) -> Float;
        pub fn atanh(self) -> Float;
    }
    impl f32 {
        pub fn to_bits(self) -> u32;
        pub fn from_bits(v: u32) -> f32;
    }
    impl f64 {
        pub fn to_bits(self) -> u64;
        pub fn from_bits(v: u64) -> f64;
    }

    #[derive(Copy, Clone, PartialEq, Eq, Debug)]
    pub enum FpCategory {
        Nan,
        Infinite,
        Zero,
        Subnormal,
        Normal,
    }

    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct ParseIntError {}
    impl ParseIntError {
        pub fn kind(&self) -> &IntErrorKind;
    }
    impl fmt::Display for ParseIntError {}
    impl crate::error::Error for ParseIntError {}

    #[derive(Debug, Clone, PartialEq, Eq, Copy, Hash)]
    #[non_exhaustive]
    pub enum IntErrorKind {
        Empty,
        InvalidDigit,
        PosOverflow,
        NegOverflow,
        Zero,
    }

    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct ParseFloatError {}
    impl fmt::Display for ParseFloatError {}
    impl crate::error::Error for ParseFloatError {}

    #[derive(Debug, Copy, Clone, PartialEq, Eq)]
    pub struct TryFromIntError {}
    impl fmt::Display for TryFromIntError {}
    impl crate::error::Error for TryFromIntError {}
    impl From<crate::convert::Infallible> for TryFromIntError {}

    #[derive(PartialEq, Eq, PartialOrd, Ord, Copy, Clone, Default, Hash)]
    pub struct Wrapping<T>(pub T);
    impl<T: fmt::Debug> fmt::Debug for Wrapping<T> {}
    impl<T: fmt::Display> fmt::Display for Wrapping<T> {}
}

pub mod f64 {
    pub mod consts {
        pub const PI: f64;
        pub const TAU: f64;
        pub const E: f64;
        pub const SQRT_2: f64;
        pub const LN_2: f64;
        pub const LN_10: f64;
        pub const FRAC_PI_2: f64;
        pub const FRAC_PI_3: f64;
        pub const FRAC_PI_4: f64;
        pub const FRAC_PI_6: f64;
        pub const FRAC_PI_8: f64;
        pub const FRAC_1_PI: f64;
        pub const FRAC_2_PI: f64;
        pub const FRAC_2_SQRT_PI: f64;
        pub const FRAC_1_SQRT_2: f64;
        pub const LOG2_E: f64;
        pub const LOG2_10: f64;
        pub const LOG10_E: f64;
        pub const LOG10_2: f64;
    }
}

pub mod f32 {
    pub mod consts {
        pub const PI: f32;
        pub const TAU: f32;
        pub const E: f32;
        pub const SQRT_2: f32;
        pub const LN_2: f32;
        pub const LN_10: f32;
        pub const FRAC_PI_2: f32;
        pub const FRAC_PI_3: f32;
        pub const FRAC_PI_4: f32;
        pub const FRAC_PI_6: f32;
        pub const FRAC_PI_8: f32;
        pub const FRAC_1_PI: f32;
        pub const FRAC_2_PI: f32;
        pub const FRAC_2_SQRT_PI: f32;
        pub const FRAC_1_SQRT_2: f32;
        pub const LOG2_E: f32;
        pub const LOG2_10: f32;
        pub const LOG10_E: f32;
        pub const LOG10_2: f32;
    }
}
