// Idiom: C# 14 extension block property (Highest) on ReadOnlySpan<double>, read on the whole double[] (first-class span
// conversion), rows viewed with AsSpan.
// Use: scoring a flat batch of candidates.
// Layout: flat double[batch * classes], row-major.
// Bug LG0001: the shift is the highest logit of the whole buffer, the sums are per row.
// Our own code.
#nullable enable
using System;

namespace HeldOut73.ExtensionProperty_FlatBatchPeak;

public static class Extremes
{
    extension(ReadOnlySpan<double> span)
    {
        public double Highest
        {
            get
            {
                double best = double.NegativeInfinity;
                for (int i = 0; i < span.Length; i++)
                {
                    if (span[i] > best) best = span[i];
                }

                return best;
            }
        }
    }
}

public static class Scorer
{
    public static double[] Normalise(double[] flat, int classes)
    {
        double highest = flat.Highest; //~ LG0001
        var output = new double[flat.Length];
        for (int start = 0; start < flat.Length; start += classes)
        {
            ReadOnlySpan<double> row = flat.AsSpan(start, classes);
            double denom = 0;
            foreach (double v in row) denom += Math.Exp(v - highest);
            for (int k = 0; k < classes; k++) output[start + k] = Math.Exp(row[k] - highest) / denom;
        }

        return output;
    }
}
