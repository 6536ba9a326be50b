// Idiom: ragged jagged array of sequences, LINQ `Max`/`Sum`/`Select` per sequence.
// Use: per-sequence softmax of token scores of different lengths.
// Layout: jagged double[count][len_i] (no padding).
// Bug (LG0001): the peak is one LINQ call over every sequence (`ragged.Max(s => s.Max())`), subtracted in each.
// Our own code.
using System;
using System.Linq;

namespace HeldOut84.RaggedList_CorpusPeak;

public static class RaggedLinq
{
    public static double[][] Softmax(double[][] ragged)
    {
        double peak = ragged.Max(s => s.Max()); //~ LG0001
        return ragged
            .Select(s =>
            {
                double z = s.Sum(v => Math.Exp(v - peak));
                return s.Select(v => Math.Exp(v - peak) / z).ToArray();
            })
            .ToArray();
    }
}
