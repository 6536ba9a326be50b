// Idiom: DataTable whose class columns are found by name prefix ("logit_<label>"), values read through the DataColumn
// indexer with a cast, probabilities written to "p_<label>" columns.
// Use: normalising a model-output table loaded from a database.
// Layout: System.Data.DataTable, one DataRow per sample, one double column per class label.
// Bug (LG0001): the peak is folded over every row and every logit column of the table (a table-wide max), while the
// softmax is per row.
// Our own code.
using System;
using System.Collections.Generic;
using System.Data;

namespace HeldOut92.DataTable_TablePeak;

public static class TablePeak
{
    public static void Normalise(DataTable results)
    {
        var logitColumns = new List<DataColumn>();
        foreach (DataColumn col in results.Columns)
        {
            if (col.ColumnName.StartsWith("logit_", StringComparison.Ordinal))
            {
                logitColumns.Add(col);
            }
        }

        var outColumns = new DataColumn[logitColumns.Count];
        for (int k = 0; k < logitColumns.Count; k++)
        {
            outColumns[k] = results.Columns.Add("p_" + logitColumns[k].ColumnName.Substring(6), typeof(double));
        }

        double ceiling = double.MinValue;
        foreach (DataRow row in results.Rows)
        {
            foreach (DataColumn col in logitColumns)
            {
                if ((double)row[col] > ceiling) ceiling = (double)row[col]; //~ LG0001
            }
        }

        foreach (DataRow row in results.Rows)
        {
            double denom = 0;
            foreach (DataColumn col in logitColumns)
            {
                denom += Math.Exp((double)row[col] - ceiling);
            }

            for (int k = 0; k < logitColumns.Count; k++)
            {
                row[outColumns[k]] = Math.Exp((double)row[logitColumns[k]] - ceiling) / denom;
            }
        }
    }
}
