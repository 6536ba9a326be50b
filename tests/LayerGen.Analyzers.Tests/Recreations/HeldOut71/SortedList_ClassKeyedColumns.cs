// known gap: peaks stored and read by label key (`labelPeak[label]`, `byLabel[label][b]`) are not read as the per-label fold
// gap: -LG0004@24 +LG0003@33
// Idiom: SortedList<string, double[]> keyed by class label, iterated as KeyValuePair and through `.Keys`, indexer lookups.
// Use: per-sample probabilities when the scores arrive as one column per label.
// Layout: SortedList<label, double[batch]> (class-major); softmax per sample b over the labels.
// Bug (LG0004): the peak of each label is folded over the batch (`if (kv.Value[b] > m)`), while the sum runs over the
// labels of one sample.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut71.SortedList_ClassKeyedColumns;

public static class LabelColumns
{
    public static SortedList<string, double[]> Softmax(SortedList<string, double[]> byLabel)
    {
        int batch = byLabel.Values[0].Length;
        var labelPeak = new SortedList<string, double>();
        foreach (KeyValuePair<string, double[]> kv in byLabel)
        {
            double m = double.MinValue;
            for (int b = 0; b < batch; b++)
                if (kv.Value[b] > m) m = kv.Value[b]; //~ LG0004
            labelPeak.Add(kv.Key, m);
        }
        var outp = new SortedList<string, double[]>();
        foreach (string label in byLabel.Keys) outp.Add(label, new double[batch]);
        for (int b = 0; b < batch; b++)
        {
            double z = 0;
            foreach (string label in byLabel.Keys)
                z += outp[label][b] = Math.Exp(byLabel[label][b] - labelPeak[label]);
            foreach (string label in byLabel.Keys) outp[label][b] /= z;
        }
        return outp;
    }
}
