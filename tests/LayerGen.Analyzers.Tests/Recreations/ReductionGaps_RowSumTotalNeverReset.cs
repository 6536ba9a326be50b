// Variants (our own code) of per-sample softmax heads with a fresh List<double> of exps per row (the shape of
// AppendedRows_PerRowTotals) whose partition adds each row's list sum (`total += p.Sum()`) into a total declared before
// the row loop and never reset: each row is divided by the exps of every row so far (in the row loop) or by the whole
// batch's (in a later pass).
// Bugs: LG0002 (twice). Correct twin: the total reset at the top of every row.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.ReductionGaps_RowSumTotalNeverReset;

public static class RowHeads
{
    public static List<List<double>> DivideInRow(double[][] scores)
    {
        var result = new List<List<double>>();
        double total = 0.0;
        foreach (double[] row in scores)
        {
            double peak = double.NegativeInfinity;
            foreach (double v in row) peak = Math.Max(peak, v);
            var p = new List<double>();
            foreach (double v in row) p.Add(Math.Exp(v - peak));
            total += p.Sum(); //~ LG0002
            for (int k = 0; k < p.Count; k++) p[k] /= total;
            result.Add(p);
        }

        return result;
    }

    public static List<List<double>> DivideLater(IReadOnlyList<double[]> scores)
    {
        var result = new List<List<double>>();
        double total = 0.0;
        for (int r = 0; r < scores.Count; r++)
        {
            double[] row = scores[r];
            double peak = row.Max();
            var p = new List<double>(row.Length);
            for (int i = 0; i < row.Length; i++) p.Add(Math.Exp(row[i] - peak));
            total = total + p.Sum(); //~ LG0002
            result.Add(p);
        }

        foreach (List<double> p in result)
            for (int k = 0; k < p.Count; k++) p[k] /= total;
        return result;
    }

    public static List<List<double>> ResetPerRow(double[][] scores)
    {
        var result = new List<List<double>>();
        double total = 0.0;
        foreach (double[] row in scores)
        {
            total = 0.0;
            double peak = row.Max();
            var p = new List<double>();
            foreach (double v in row) p.Add(Math.Exp(v - peak));
            total += p.Sum();
            for (int k = 0; k < p.Count; k++) p[k] /= total;
            result.Add(p);
        }

        return result;
    }
}
