// Source: discrete-choice (multinomial logit) models in C#: alternatives are objects with a Utility property.
// Layout: IReadOnlyList<Alternative> for one decision maker (1-D, called per row).
// Bug (LG0003): exp of the raw utility property, no max subtracted.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut5.MultinomialLogitPropertyRawExpNs;

public sealed class Alternative
{
    public double Utility { get; init; }
    public double Share { get; set; }
}

public static class MultinomialLogitPropertyRawExp
{
    public static void MarketShares(IReadOnlyList<Alternative> alternatives)
    {
        double denom = 0.0;
        for (int j = 0; j < alternatives.Count; j++)
        {
            alternatives[j].Share = Math.Exp(alternatives[j].Utility); //~ LG0003
            denom += alternatives[j].Share;
        }
        for (int j = 0; j < alternatives.Count; j++)
        {
            alternatives[j].Share /= denom;
        }
    }
}
