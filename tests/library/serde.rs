//! JSON round trips for every value, the same messages as `FromStr` on bad input, and the
//! row and matrix views against the value API.

use crate::common;

use ovhcloud_raci::dedicated_servers::{Activity, Section};
use ovhcloud_raci::view::{Matrix, Row};
use ovhcloud_raci::{Party, Role, RoleSet};
use serde_json::{Value, json};

fn round_trip<T>(value: &T, expected_json: &str)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let json = serde_json::to_string(value).unwrap();
    assert_eq!(json, expected_json);
    assert_eq!(&serde_json::from_str::<T>(&json).unwrap(), value);
}

#[test]
fn every_value_round_trips_in_the_form_people_write() {
    for party in Party::ALL {
        round_trip(&party, &format!("\"{}\"", party.id()));
    }
    for role in Role::ALL {
        round_trip(&role, &format!("\"{}\"", role.letter()));
    }
    for set in common::every_role_set() {
        round_trip(&set, &format!("\"{set}\""));
    }
    for section in Section::ALL {
        round_trip(&section, &format!("\"{}\"", section.number()));
    }
    for activity in Activity::ALL {
        round_trip(&activity, &format!("\"{}\"", activity.id()));
    }
}

#[test]
fn deserializing_accepts_what_from_str_accepts() {
    assert_eq!(
        serde_json::from_str::<Party>("\"OVHcloud\"").unwrap(),
        Party::Ovhcloud
    );
    assert_eq!(
        serde_json::from_str::<Role>("\"accountable\"").unwrap(),
        Role::Accountable
    );
    assert_eq!(
        serde_json::from_str::<Section>("\"access-management\"").unwrap(),
        Section::AccessManagement
    );
    assert_eq!(
        serde_json::from_str::<RoleSet>("\"AR\"").unwrap(),
        RoleSet::from_letters("RA")
    );
}

#[test]
fn bad_input_gets_the_from_str_message() {
    fn message<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        serde_json::from_str::<T>(json).unwrap_err().to_string()
    }
    let expected = "ovh".parse::<Party>().unwrap_err().to_string();
    assert_eq!(
        message::<Party>("\"ovh\""),
        format!("{expected} at line 1 column 5")
    );
    let expected = "RX".parse::<RoleSet>().unwrap_err().to_string();
    assert_eq!(
        message::<RoleSet>("\"RX\""),
        format!("{expected} at line 1 column 4")
    );
    assert!(
        message::<Activity>("\"install-OS\"").starts_with("unknown activity id \"install-OS\"")
    );
    assert!(message::<Section>("\"9.9\"").starts_with("unknown section \"9.9\""));
    assert!(message::<Role>("\"X\"").starts_with("unknown role \"X\""));
    assert!(message::<Party>("42").contains("expected a party id or name"));
}

#[test]
fn the_waived_row_says_why() {
    let waived: Vec<Activity> = Activity::ALL
        .into_iter()
        .filter(|a| !a.waivers().is_empty())
        .collect();
    assert_eq!(waived, [Activity::HandleHardwareIncidents]);
    let row = serde_json::to_value(Row(waived[0].erase())).unwrap();
    assert_eq!(row["waivers"][0]["rule"], "exactly-one-accountable");
    assert!(
        row["waivers"][0]["reason"]
            .as_str()
            .unwrap()
            .ends_with("Kept as published.")
    );
}

#[test]
fn the_row_view_matches_the_api() {
    for activity in Activity::ALL {
        let row = serde_json::to_value(Row(activity.erase())).unwrap();
        let cells: serde_json::Map<String, Value> = Party::ALL
            .iter()
            .map(|&p| (p.id().to_owned(), json!(activity.cell_as_written(p))))
            .collect();
        let waivers: Vec<Value> = activity
            .waivers()
            .iter()
            .map(|w| json!({ "rule": w.rule().name(), "reason": w.reason() }))
            .collect();
        assert_eq!(
            row,
            json!({
                "product": "dedicated-servers",
                "id": activity.id(),
                "section": activity.section().number(),
                "text": activity.text(),
                "cells": cells,
                "waivers": waivers,
                "offers": [],
            })
        );
    }
}

#[test]
fn the_matrix_view_holds_everything_in_order() {
    let matrix = serde_json::to_value(Matrix(ovhcloud_raci::Product::DedicatedServers)).unwrap();
    assert_eq!(matrix["title"], ovhcloud_raci::dedicated_servers::TITLE);
    assert_eq!(
        matrix["source"],
        ovhcloud_raci::dedicated_servers::SOURCE_URL
    );
    assert_eq!(matrix["last_updated"], "2024-02-29");
    assert_eq!(
        matrix["parties"],
        json!([{"id": "customer", "name": "Customer"}, {"id": "ovhcloud", "name": "OVHcloud"}])
    );
    let roles: Vec<Value> = Role::ALL
        .iter()
        .map(|r| json!({"letter": r.letter().to_string(), "name": r.name(), "description": ovhcloud_raci::dedicated_servers::LEGEND.description(*r)}))
        .collect();
    assert_eq!(matrix["roles"], json!(roles));
    let sections: Vec<Value> = Section::ALL
        .iter()
        .map(|s| json!({"number": s.number(), "id": s.id(), "title": s.title(), "parent": s.parent().map(Section::number)}))
        .collect();
    assert_eq!(matrix["sections"], json!(sections));
    let rows: Vec<Value> = Activity::ALL
        .iter()
        .map(|&a| serde_json::to_value(Row(a.erase())).unwrap())
        .collect();
    assert_eq!(matrix["activities"], json!(rows));
}
