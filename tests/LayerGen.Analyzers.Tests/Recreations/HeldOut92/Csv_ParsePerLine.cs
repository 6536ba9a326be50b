// Idiom: CSV lines "id,score0,score1,..." split with string.Split and parsed with double.Parse (invariant culture);
// softmax per line with LINQ Max/Select/Sum.
// Use: post-processing a model's CSV export into probabilities per line.
// Layout: IEnumerable<string> lines, one sample per line; output double[line][class].
// Correct: every line's max and sum are taken over that line's parsed scores only.
// Our own code.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace HeldOut92.Csv_ParsePerLine;

public static class CsvScores
{
    public static double[][] Parse(IEnumerable<string> lines)
    {
        var output = new List<double[]>();
        foreach (string line in lines)
        {
            string[] cells = line.Split(',');
            var scores = new double[cells.Length - 1];
            for (int j = 0; j < scores.Length; j++)
            {
                scores[j] = double.Parse(cells[j + 1], NumberStyles.Float, CultureInfo.InvariantCulture);
            }

            double max = scores.Max();
            double[] exps = scores.Select(s => Math.Exp(s - max)).ToArray();
            double total = exps.Sum();
            output.Add(exps.Select(e => e / total).ToArray());
        }

        return output.ToArray();
    }
}
