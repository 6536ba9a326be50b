// known gap: the logits read through the `Func<TElem, double>` parameter are now followed to the elements, but the shift `value(TElem.PeakOf(sample))` (a static abstract member resolved on the type parameter) is not read as the sample's max: LG0008 instead of LG0002
// gap: -LG0002@49 +LG0008@49
// Idiom: a static abstract interface `IPeak<TSelf>` (`static abstract TSelf PeakOf(ReadOnlySpan<TSelf>)`) resolved on
// the type parameter, `TElem.PeakOf(row)`, over a `List<TElem[]>`; numerators from `TElem.Exp`.
// Use: probabilities for each of a list of score vectors. Layout: `List<TElem[]>`, one array per sample.
// Bug LG0002: the normaliser `denominator` is declared once above the sample loop and accumulates every sample's
// exps, so each row is divided by a batch total.
// Our own code.
using System;
using System.Collections.Generic;
using System.Numerics;

namespace HeldOut94.StaticAbstract_SharedNormaliser;

public interface IPeak<TSelf>
    where TSelf : IPeak<TSelf>
{
    static abstract TSelf PeakOf(ReadOnlySpan<TSelf> row);
}

public readonly record struct Real(double Value) : IPeak<Real>
{
    public static Real PeakOf(ReadOnlySpan<Real> row)
    {
        double best = double.NegativeInfinity;
        foreach (Real r in row)
        {
            best = Math.Max(best, r.Value);
        }

        return new Real(best);
    }
}

public static class ListSoftmax
{
    public static List<double[]> Normalise<TElem>(List<TElem[]> samples, Func<TElem, double> value)
        where TElem : IPeak<TElem>
    {
        var result = new List<double[]>(samples.Count);
        double denominator = 0.0;
        foreach (TElem[] sample in samples)
        {
            double shift = value(TElem.PeakOf(sample));
            var numer = new double[sample.Length];
            for (int k = 0; k < sample.Length; k++)
            {
                numer[k] = double.Exp(value(sample[k]) - shift);
                denominator += numer[k]; //~ LG0002
            }

            result.Add(numer);
        }

        foreach (double[] numer in result)
        {
            for (int k = 0; k < numer.Length; k++)
            {
                numer[k] /= denominator;
            }
        }

        return result;
    }

    public static List<double[]> NormaliseReals(List<Real[]> samples) => Normalise(samples, static r => r.Value);
}
