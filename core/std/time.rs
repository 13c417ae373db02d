// std::time: Duration, Instant, SystemTime.
pub mod time {
    use crate::fmt;
    use crate::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Sub, SubAssign};

    #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
    pub struct Duration {}
    impl Duration {
        pub const ZERO: Duration;
        pub const MAX: Duration;
        pub fn new(secs: u64, nanos: u32) -> Duration;
        pub fn from_secs(secs: u64) -> Duration;
        pub fn from_millis(millis: u64) -> Duration;
        pub fn from_micros(micros: u64) -> Duration;
        pub fn from_nanos(nanos: u64) -> Duration;
        pub fn is_zero(&self) -> bool;
        pub fn as_secs(&self) -> u64;
        pub fn subsec_millis(&self) -> u32;
        pub fn subsec_micros(&self) -> u32;
        pub fn subsec_nanos(&self) -> u32;
        pub fn as_millis(&self) -> u128;
        pub fn as_micros(&self) -> u128;
        pub fn as_nanos(&self) -> u128;
        pub fn abs_diff(self, other: Duration) -> Duration;
        pub fn checked_add(self, rhs: Duration) -> Option<Duration>;
        pub fn saturating_add(self, rhs: Duration) -> Duration;
        pub fn checked_sub(self, rhs: Duration) -> Option<Duration>;
        pub fn saturating_sub(self, rhs: Duration) -> Duration;
        pub fn checked_mul(self, rhs: u32) -> Option<Duration>;
        pub fn saturating_mul(self, rhs: u32) -> Duration;
        pub fn checked_div(self, rhs: u32) -> Option<Duration>;
        pub fn as_secs_f64(&self) -> f64;
        pub fn as_secs_f32(&self) -> f32;
        pub fn from_secs_f64(secs: f64) -> Duration;
        pub fn from_secs_f32(secs: f32) -> Duration;
        pub fn mul_f64(self, rhs: f64) -> Duration;
        pub fn mul_f32(self, rhs: f32) -> Duration;
        pub fn div_f64(self, rhs: f64) -> Duration;
        pub fn div_f32(self, rhs: f32) -> Duration;
        pub fn div_duration_f64(self, rhs: Duration) -> f64;
        pub fn div_duration_f32(self, rhs: Duration) -> f32;
    }
    impl Add for Duration { type Output = Duration; }
    impl AddAssign for Duration {}
    impl Sub for Duration { type Output = Duration; }
    impl SubAssign for Duration {}
    impl Mul<u32> for Duration { type Output = Duration; }
    impl Mul<Duration> for u32 { type Output = Duration; }
    impl MulAssign<u32> for Duration {}
    impl Div<u32> for Duration { type Output = Duration; }
    impl DivAssign<u32> for Duration {}
    impl crate::iter::Sum for Duration {}
    impl<'a> crate::iter::Sum<&'a Duration> for Duration {}
    impl fmt::Debug for Duration {}

    #[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub struct Instant {}
    impl Instant {
        pub fn now() -> Instant;
        pub fn duration_since(&self, earlier: Instant) -> Duration;
        pub fn checked_duration_since(&self, earlier: Instant) -> Option<Duration>;
        pub fn saturating_duration_since(&self, earlier: Instant) -> Duration;
        pub fn elapsed(&self) -> Duration;
        pub fn checked_add(&self, duration: Duration) -> Option<Instant>;
        pub fn checked_sub(&self, duration: Duration) -> Option<Instant>;
    }
    impl Add<Duration> for Instant { type Output = Instant; }
    impl AddAssign<Duration> for Instant {}
    impl Sub<Duration> for Instant { type Output = Instant; }
    impl SubAssign<Duration> for Instant {}
    impl Sub<Instant> for Instant { type Output = Duration; }
    impl fmt::Debug for Instant {}

    #[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub struct SystemTime {}
    impl SystemTime {
        pub const UNIX_EPOCH: SystemTime;
        pub fn now() -> SystemTime;
        pub fn duration_since(&self, earlier: SystemTime) -> Result<Duration, SystemTimeError>;
        pub fn elapsed(&self) -> Result<Duration, SystemTimeError>;
        pub fn checked_add(&self, duration: Duration) -> Option<SystemTime>;
        pub fn checked_sub(&self, duration: Duration) -> Option<SystemTime>;
    }
    impl Add<Duration> for SystemTime { type Output = SystemTime; }
    impl AddAssign<Duration> for SystemTime {}
    impl Sub<Duration> for SystemTime { type Output = SystemTime; }
    impl SubAssign<Duration> for SystemTime {}
    impl fmt::Debug for SystemTime {}
    pub const UNIX_EPOCH: SystemTime;

    #[derive(Clone, Debug)]
    pub struct SystemTimeError {}
    impl SystemTimeError {
        pub fn duration(&self) -> Duration;
    }
    impl crate::error::Error for SystemTimeError {}
    impl fmt::Display for SystemTimeError {}
}
