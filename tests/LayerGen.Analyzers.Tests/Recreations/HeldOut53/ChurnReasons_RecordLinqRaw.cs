// Idiom: churn-reason probabilities per customer built with LINQ into prediction records.
// Layout: IEnumerable<CustomerScore> records with a float[] of reason logits; List<ChurnPrediction> out.
// Bug (LG0003): `MathF.Exp(z)` of the raw logits, no max subtracted (Inf/Inf = NaN above ~88).
using System.Collections.Generic;
using System.Linq;

namespace HeldOut53.ChurnReasons_RecordLinqRaw;

public sealed record CustomerScore(string CustomerId, float[] ReasonLogits);

public sealed record ChurnPrediction(string CustomerId, float[] ReasonProbabilities);

public static class ChurnReport
{
    public static List<ChurnPrediction> Predict(IEnumerable<CustomerScore> customers) =>
        customers.Select(c =>
        {
            float[] exps = c.ReasonLogits.Select(z => System.MathF.Exp(z)).ToArray(); //~ LG0003
            float sum = exps.Sum();
            return new ChurnPrediction(c.CustomerId, exps.Select(e => e / sum).ToArray());
        }).ToList();
}
