// Idiom: DataTable with one "score_<c>" column per class, read with DataRow.Field<double>, probabilities written back
// into "prob_<c>" columns of the same row.
// Use: adding class probabilities to a scored results table before it is exported.
// Layout: System.Data.DataTable, one DataRow per sample, one double column per class.
// Correct: max and sum are taken per DataRow over that row's class columns.
// Our own code.
using System;
using System.Data;

namespace HeldOut92.DataTable_FieldPerRow;

public static class ScoreTable
{
    public static void AddProbabilities(DataTable table, int classes)
    {
        for (int c = 0; c < classes; c++)
        {
            if (!table.Columns.Contains("prob_" + c))
            {
                table.Columns.Add("prob_" + c, typeof(double));
            }
        }

        foreach (DataRow row in table.Rows)
        {
            double best = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                best = Math.Max(best, row.Field<double>("score_" + c));
            }

            double z = 0.0;
            for (int c = 0; c < classes; c++)
            {
                z += Math.Exp(row.Field<double>("score_" + c) - best);
            }

            for (int c = 0; c < classes; c++)
            {
                row["prob_" + c] = Math.Exp(row.Field<double>("score_" + c) - best) / z;
            }
        }
    }
}
