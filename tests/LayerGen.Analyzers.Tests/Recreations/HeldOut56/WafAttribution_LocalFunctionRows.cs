// Idiom: WAF rule attribution: for each blocked request the model scores which rule family (SQLi, XSS, path traversal,
// bot, ...) explains the block; the distribution goes into the security event sent to the SIEM.
// Layout: flat double[requests * rules]; a local function SoftmaxRequest(r) working at offset r * rules.
// Correct: the local function's max and sum run over its own request's rules.
// Style inspired by WAF/ModSecurity anomaly-score attribution; our own C#.
using System;

namespace HeldOut56.WafAttribution_LocalFunctionRows;

public static class RuleAttribution
{
    public static double[] Attribute(double[] logits, int rules)
    {
        var probs = new double[logits.Length];
        int requests = logits.Length / rules;
        for (int r = 0; r < requests; r++)
        {
            SoftmaxRequest(r);
        }

        return probs;

        void SoftmaxRequest(int r)
        {
            int off = r * rules;
            double m = double.NegativeInfinity;
            for (int k = 0; k < rules; k++) m = Math.Max(m, logits[off + k]);
            double s = 0.0;
            for (int k = 0; k < rules; k++)
            {
                probs[off + k] = Math.Exp(logits[off + k] - m);
                s += probs[off + k];
            }

            for (int k = 0; k < rules; k++) probs[off + k] /= s;
        }
    }
}
