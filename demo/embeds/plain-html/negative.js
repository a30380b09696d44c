// Negative control: a string assigned to an HTML sink must be refused under
// `require-trusted-types-for 'script'`. The TypeError is caught so the page goes on; the
// violation event is what the reporter sends back.
try {
  document.createElement('div').innerHTML = '<b>x</b>';
  window.innerHtmlAccepted = true;
} catch (err) {
  window.innerHtmlRefused = String(err);
}
