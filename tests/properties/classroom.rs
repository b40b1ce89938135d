//! The group view: Kendall's W is always in [0, 1], and a class of identical pupils agrees
//! completely (W = 1, or undefined when every duty weighs the same) on the same first place.

use proptest::prelude::*;
use provider_compare::classroom::{evaluate, kendall_w};
use provider_compare::text::Lang;

use crate::common;

/// The e-mail duties of the shipped dataset and its five groups.
const EMAIL_DUTIES: [&str; 12] = [
    "network",
    "maintenance",
    "backup",
    "support",
    "privacy",
    "liability",
    "sla",
    "customer_data",
    "security",
    "access_control",
    "outage_info",
    "pricing",
];
const GROUPS: [&str; 5] = [
    "technical",
    "legal",
    "contractual",
    "security",
    "communication",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn w_is_between_0_and_1(
        ratings in prop::collection::vec(prop::collection::vec(0u8..=10, 5), 0..8),
    ) {
        let ratings: Vec<Vec<f64>> = ratings
            .into_iter()
            .map(|r| r.into_iter().map(f64::from).collect())
            .collect();
        if let Some(w) = kendall_w(&ratings) {
            prop_assert!((0.0..=1.0).contains(&w), "{}", w);
        }
    }

    #[test]
    fn identical_pupils_agree_completely(
        weights in prop::collection::vec(0u8..=10, 12),
        groups in prop::collection::vec(1u8..=10, 5),
        m in 2usize..6,
    ) {
        prop_assume!(weights.iter().any(|&w| w > 0));
        let d = common::shipped_shared();
        let pairs = |ids: &[&str], values: &[u8]| {
            ids.iter()
                .zip(values)
                .map(|(id, w)| format!("{id}:{w}"))
                .collect::<Vec<_>>()
                .join(",")
        };
        let link = format!(
            "https://example.org/#pc=1~t.email~w.{}~g.{}",
            pairs(&EMAIL_DUTIES, &weights),
            pairs(&GROUPS, &groups)
        );
        let text = vec![link; m].join("\n");
        let class = evaluate(&d, None, &text, Lang::De);
        prop_assert_eq!(class.pupils.len(), m, "{:?}", class.skipped);
        let first = class.pupils[0].leaders.clone();
        prop_assert!(class.pupils.iter().all(|p| p.leaders == first));
        if let Some(&(_, count)) = class.leaders.first() {
            prop_assert_eq!(count, m);
        }
        let eff = &class.pupils[0].weights;
        let all_equal = class.duties.iter().all(|&c| eff[c] == eff[class.duties[0]]);
        match class.agreement {
            Some(w) => prop_assert!((w - 1.0).abs() < 1e-9, "{}", w),
            None => prop_assert!(all_equal),
        }
        prop_assert!(class.disagreement.iter().all(|&(_, sd)| sd.abs() < 1e-12));
        for &c in &class.duties {
            prop_assert!((class.mean[c] - eff[c]).abs() < 1e-12);
        }
    }
}
