//! OSCAL 1.1.2 (NIST's Open Security Controls Assessment Language), in JSON: a
//! `component-definition` with one component per product (a `service`) and one
//! implemented requirement per activity, and the `catalog` of the activities that its
//! requirements point at (each product a group, its headings groups within it, each
//! activity a control).
//!
//! Ids: a control is `product.activity` (`dedicated-servers.install-os`), a group
//! `product` or `product.heading`. UUIDs are version 5, from this project's namespace and
//! those ids, so the same activity has the same UUID in every run and every release; a
//! document's own UUID is made from its products and their dates, so it changes when the
//! matrices do. The parties are the roles `provider` and `customer` (titled with the
//! matrices' names for them); each party's cell is a prop `raci` of its responsible role,
//! in the namespace [`NAMESPACE`]. Texts are Markdown in OSCAL, so they are escaped as
//! Markdown ([`raci_codegen::escape::markdown`]).

use ovhcloud_raci::{AnyActivity, AnySection, Party, Product};
use raci_codegen::escape;
use serde_json::{Value, json};
use uuid::Uuid;

/// The OSCAL version the documents follow.
pub const OSCAL_VERSION: &str = "1.1.2";

/// The namespace of this project's props (`raci`, `ownership`, `waiver`, …).
pub const NAMESPACE: &str = "https://github.com/ovhcloud-raci/ovhcloud-raci/ns/oscal";

/// Where the component definition says its controls are: the catalog's file name, as
/// `raci export oscal-catalog --output` writes it beside it.
pub const CATALOG_HREF: &str = "ovhcloud-raci-catalog.json";

/// A version 5 UUID of `name` in this project's namespace.
fn uuid(name: &str) -> String {
    let project = Uuid::new_v5(
        &Uuid::NAMESPACE_URL,
        b"https://github.com/ovhcloud-raci/ovhcloud-raci",
    );
    Uuid::new_v5(&project, name.as_bytes()).to_string()
}

/// A prop in this project's namespace.
fn prop(name: &str, value: &str) -> Value {
    json!({ "name": name, "ns": NAMESPACE, "value": value })
}

/// A control's id: `product.activity`.
fn control_id(activity: AnyActivity) -> String {
    format!("{}.{}", activity.product().id(), activity.id())
}

/// A heading's group id: `product.heading`.
fn group_id(section: AnySection) -> String {
    format!("{}.{}", section.product().id(), section.id())
}

/// The OSCAL role of `party`: `provider`, `customer`, or its own id.
fn role_id(party: Party) -> &'static str {
    if party == Party::PROVIDER {
        "provider"
    } else if party == Party::CUSTOMER {
        "customer"
    } else {
        party.id()
    }
}

/// The metadata both documents share: the title, the newest page's date as the time of
/// the last change (so the same matrices give the same document), the roles.
fn metadata(title: &str, products: &[Product]) -> Value {
    let newest = products
        .iter()
        .filter_map(|p| p.last_updated())
        .max()
        .map_or_else(|| "1970-01-01".to_owned(), |d| d.to_string());
    let roles: Vec<Value> = Party::ALL
        .iter()
        .map(|&p| json!({ "id": role_id(p), "title": escape::markdown(p.name()) }))
        .collect();
    json!({
        "title": title,
        "last-modified": format!("{newest}T00:00:00Z"),
        "version": env!("CARGO_PKG_VERSION"),
        "oscal-version": OSCAL_VERSION,
        "roles": roles,
        "props": [prop("generator", concat!("ovhcloud-raci ", env!("CARGO_PKG_VERSION")))],
    })
}

/// A document's UUID: from its kind and its products with their dates.
fn document_uuid(kind: &str, products: &[Product]) -> String {
    let mut name = kind.to_owned();
    for p in products {
        name.push('/');
        name.push_str(p.id());
        name.push('@');
        name.push_str(p.last_updated_as_written().unwrap_or("undated"));
    }
    uuid(&name)
}

/// The page's source, date and provenance, as a component's or a group's props and links.
fn page(product: Product) -> (Vec<Value>, Vec<Value>) {
    let mut props = vec![prop("product", product.id())];
    if let Some(date) = product.last_updated_as_written() {
        props.push(prop("last-updated", date));
    }
    if let Some(p) = product.provenance() {
        props.push(prop("provenance", &p.to_string()));
    }
    let links = vec![json!({ "href": product.source_url(), "rel": "reference" })];
    (props, links)
}

/// The `component-definition` of `products`: one `service` component each, with an
/// implemented requirement per activity naming the parties that hold a role in it.
pub fn component_definition(products: &[Product]) -> Value {
    let components: Vec<Value> = products.iter().map(|&p| component(p)).collect();
    json!({
        "component-definition": {
            "uuid": document_uuid("component-definition", products),
            "metadata": metadata("OVHcloud shared-responsibility matrices: who does what", products),
            "components": components,
        }
    })
}

fn component(product: Product) -> Value {
    let (props, links) = page(product);
    let requirements: Vec<Value> = product.activities().map(requirement).collect();
    json!({
        "uuid": uuid(&format!("component/{}", product.id())),
        "type": "service",
        "title": escape::markdown(product.title()),
        "description": format!(
            "{}: who does what, as OVHcloud publishes it ({} activities).",
            escape::markdown(product.title()),
            product.row_count()
        ),
        "props": props,
        "links": links,
        "control-implementations": [{
            "uuid": uuid(&format!("control-implementation/{}", product.id())),
            "source": CATALOG_HREF,
            "description": format!(
                "The activities of {} and the parties' roles in each.",
                escape::markdown(product.title())
            ),
            "implemented-requirements": requirements,
        }],
    })
}

fn requirement(activity: AnyActivity) -> Value {
    let mut props = vec![prop("heading", activity.section().number())];
    if let Some(ownership) = activity.ownership() {
        props.push(prop("ownership", ownership.label()));
    }
    for waiver in activity.waivers() {
        props.push(prop("waiver", waiver.rule().name()));
    }
    let roles: Vec<Value> = Party::ALL
        .iter()
        .filter_map(|&party| {
            let cell = activity.cell_as_written(party).filter(|c| !c.is_empty())?;
            Some(json!({ "role-id": role_id(party), "props": [prop("raci", cell)] }))
        })
        .collect();
    let mut requirement = json!({
        "uuid": uuid(&format!("implemented-requirement/{}/{}", activity.product().id(), activity.id())),
        "control-id": control_id(activity),
        "description": escape::markdown(activity.text()),
        "props": props,
    });
    if !roles.is_empty() {
        requirement["responsible-roles"] = Value::Array(roles);
    }
    requirement
}

/// The `catalog` of `products`' activities: a group per product, within it a group per
/// heading (as nested as the page's), each activity a control.
pub fn catalog(products: &[Product]) -> Value {
    let groups: Vec<Value> = products.iter().map(|&p| product_group(p)).collect();
    json!({
        "catalog": {
            "uuid": document_uuid("catalog", products),
            "metadata": metadata("OVHcloud shared-responsibility matrices: the activities", products),
            "groups": groups,
        }
    })
}

fn product_group(product: Product) -> Value {
    let (props, links) = page(product);
    let top: Vec<Value> = product
        .sections()
        .filter(|s| s.parent().is_none())
        .map(heading_group)
        .collect();
    json!({
        "id": product.id(),
        "class": "product",
        "title": escape::markdown(product.title()),
        "props": props,
        "links": links,
        "groups": top,
    })
}

fn heading_group(section: AnySection) -> Value {
    let mut group = json!({
        "id": group_id(section),
        "class": "heading",
        "title": escape::markdown(section.title()),
        "props": [{ "name": "label", "value": section.number() }],
    });
    let controls: Vec<Value> = section.activities().map(control).collect();
    if !controls.is_empty() {
        group["controls"] = Value::Array(controls);
    }
    let children: Vec<Value> = section
        .product()
        .sections()
        .filter(|s| s.parent() == Some(section))
        .map(heading_group)
        .collect();
    if !children.is_empty() {
        group["groups"] = Value::Array(children);
    }
    group
}

fn control(activity: AnyActivity) -> Value {
    let id = control_id(activity);
    json!({
        "id": id,
        "class": "activity",
        "title": escape::markdown(activity.text()),
        "props": [prop("activity-id", activity.id())],
        "parts": [{
            "id": format!("{id}_smt"),
            "name": "statement",
            "prose": escape::markdown(activity.text()),
        }],
    })
}
