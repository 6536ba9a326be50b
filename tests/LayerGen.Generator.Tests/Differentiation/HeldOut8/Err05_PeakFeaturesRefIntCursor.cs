// Summary features of a row (mean, RMS, crest factor of each half) written through an Emit helper that takes the
// output cursor as `ref int` — docs/custom-layers.md aliases ref/out/in float and double only (`ref int k` is outside).
// Shape of: feature-extraction code with a write cursor, as in C ports of audio feature extractors (our own).
// expect: error
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(8, 6)]
public partial class PeakFeaturesRefIntCursor
{
    static void Emit(Span<double> y, ref int cursor, double value)
    {
        y[cursor] = value;
        cursor++;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int k = 0;
        for (int half = 0; half < 2; half++)
        {
            var part = x.Slice(4 * half, 4);
            double mean = 0, square = 0, softPeak = 0;
            for (int i = 0; i < part.Length; i++)
            {
                mean += part[i] / part.Length;
                square += part[i] * part[i] / part.Length;
                softPeak += Math.Exp(2 * part[i]);
            }
            double rms = Math.Sqrt(square + 1e-12);
            double[] features = new double[3];
            features[0] = mean;
            features[1] = rms;
            features[2] = 0.5 * Math.Log(softPeak) / rms;
            for (int f = 0; f < features.Length; f++)
                Emit(y, ref k, features[f]); //~ LG11
        }
    }
}
