// Idiom: DataTable.Select() to get the DataRow[] and row.Field<float>(label) per class column named by label;
// probabilities stored in "P_<label>" columns.
// Use: a float score table filled by a data adapter, normalised per row.
// Layout: System.Data.DataTable with one float column per class label; string[] labels gives the class columns.
// Bug (LG0003): the exps are of the raw float cells (no max subtracted), then divided by the row's sum.
// Our own code.
using System;
using System.Data;

namespace HeldOut92.DataRow_RawExpSelect;

public static class FloatTable
{
    public static void Probabilities(DataTable table, string[] labels)
    {
        foreach (string label in labels)
        {
            table.Columns.Add("P_" + label, typeof(float));
        }

        DataRow[] rows = table.Select();
        var e = new float[labels.Length];
        foreach (DataRow row in rows)
        {
            float sum = 0f;
            for (int k = 0; k < labels.Length; k++)
            {
                e[k] = MathF.Exp(row.Field<float>(labels[k])); //~ LG0003
                sum += e[k];
            }

            for (int k = 0; k < labels.Length; k++)
            {
                row["P_" + labels[k]] = e[k] / sum;
            }
        }
    }
}
