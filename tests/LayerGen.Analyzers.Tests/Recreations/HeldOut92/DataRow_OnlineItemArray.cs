// Idiom: DataRow.ItemArray cells converted with Convert.ToDouble; a one-pass online softmax (running max, running sum
// rescaled when the max grows) per row; probabilities written to a cloned DataTable.
// Use: normalising a typed score table where every column is a class.
// Layout: System.Data.DataTable, every column a class, one DataRow per sample; output a DataTable of the same shape.
// Correct: the running max and sum restart for every row; every exp argument is <= 0.
// Our own code.
using System;
using System.Data;

namespace HeldOut92.DataRow_OnlineItemArray;

public static class OnlineRows
{
    public static DataTable Softmax(DataTable scores)
    {
        DataTable probs = scores.Clone();
        int width = scores.Columns.Count;
        foreach (DataRow row in scores.Rows)
        {
            object?[] cells = row.ItemArray;
            double m = double.NegativeInfinity;
            double s = 0.0;
            for (int c = 0; c < width; c++)
            {
                double v = Convert.ToDouble(cells[c]);
                if (v > m)
                {
                    s = s * Math.Exp(m - v) + 1.0;
                    m = v;
                }
                else
                {
                    s += Math.Exp(v - m);
                }
            }

            var outCells = new object?[width];
            for (int c = 0; c < width; c++)
            {
                outCells[c] = Math.Exp(Convert.ToDouble(cells[c]) - m) / s;
            }

            probs.Rows.Add(outCells);
        }

        return probs;
    }
}
