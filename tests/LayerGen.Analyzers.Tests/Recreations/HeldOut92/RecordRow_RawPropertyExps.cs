// Idiom: mutable row class with one float property per class (Negative, Neutral, Positive) and settable probability
// properties filled in place.
// Use: sentiment scores of a review table normalised in place.
// Layout: List<SentimentRow>, three classes as float properties.
// Bug (LG0003): each property is exponentiated raw (no max subtracted) and then normalised by their sum.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut92.RecordRow_RawPropertyExps;

public sealed class SentimentRow
{
    public float Negative { get; set; }

    public float Neutral { get; set; }

    public float Positive { get; set; }

    public float PNegative { get; set; }

    public float PNeutral { get; set; }

    public float PPositive { get; set; }
}

public static class Sentiment
{
    public static void FillProbabilities(List<SentimentRow> rows)
    {
        foreach (SentimentRow row in rows)
        {
            float neg = MathF.Exp(row.Negative); //~ LG0003
            float neu = MathF.Exp(row.Neutral); //~ LG0003
            float pos = MathF.Exp(row.Positive); //~ LG0003
            float total = neg + neu + pos;
            row.PNegative = neg / total;
            row.PNeutral = neu / total;
            row.PPositive = pos / total;
        }
    }
}
