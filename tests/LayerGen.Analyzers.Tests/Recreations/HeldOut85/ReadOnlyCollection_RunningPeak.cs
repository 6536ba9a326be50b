// Idiom: ReadOnlyCollection<T> of values plus a ReadOnlyCollection<int> of segment starts (CSR-style ragged rows).
// Use: softmax per segment (e.g. per graph node over its neighbours' attention scores).
// Layout: flat ReadOnlyCollection<double>; segment s covers starts[s] .. starts[s + 1] (or the end).
// Bug (LG0001): `running` is declared before the segment loop and never reset, so each segment is shifted by the
// peak of itself and every earlier segment.
// Our own code.
#nullable enable
using System;
using System.Collections.ObjectModel;

namespace HeldOut85.ReadOnlyCollection_RunningPeak;

public static class SegmentSoftmax
{
    public static double[] Apply(ReadOnlyCollection<double> values, ReadOnlyCollection<int> starts)
    {
        var probs = new double[values.Count];
        double running = double.NegativeInfinity;
        for (int s = 0; s < starts.Count; s++)
        {
            int begin = starts[s];
            int end = s + 1 < starts.Count ? starts[s + 1] : values.Count;
            for (int i = begin; i < end; i++)
                running = Math.Max(running, values[i]); //~ LG0001

            double mass = 0.0;
            for (int i = begin; i < end; i++)
                mass += probs[i] = Math.Exp(values[i] - running);
            for (int i = begin; i < end; i++)
                probs[i] /= mass;
        }

        return probs;
    }
}
