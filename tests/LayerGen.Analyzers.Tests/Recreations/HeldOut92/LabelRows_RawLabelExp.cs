// Idiom: rows as IDictionary<string, double> with class columns named by label; a label array gives the order; the
// probabilities are written back into the same row under "p(<label>)".
// Use: enriching label-keyed rows in place.
// Layout: IEnumerable<IDictionary<string, double>> rows, string[] labels.
// Bug (LG0003): the label column is exponentiated raw (no max subtracted) and normalised by the row's sum.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut92.LabelRows_RawLabelExp;

public static class LabelledRows
{
    public static void Enrich(IEnumerable<IDictionary<string, double>> rows, string[] labels)
    {
        foreach (IDictionary<string, double> row in rows)
        {
            var exps = new double[labels.Length];
            double total = 0;
            for (int k = 0; k < labels.Length; k++)
            {
                exps[k] = Math.Exp(row[labels[k]]); //~ LG0003
                total += exps[k];
            }

            for (int k = 0; k < labels.Length; k++)
            {
                row["p(" + labels[k] + ")"] = exps[k] / total;
            }
        }
    }
}
