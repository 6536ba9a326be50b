// Idiom: a whole CSV text with a header of label names, split into lines, each data line parsed with float.Parse into
// a List<float[]> table; then a per-row exp pass and a final division.
// Use: loading a scores CSV exported from a spreadsheet and converting it to probabilities.
// Layout: one string (header + lines separated by '\n'), table List<float[]> row-major; output float[row][class].
// Bug (LG0002): the max is per row, but the mass is declared once before the row loop and sums the exps of all rows.
// Our own code.
using System;
using System.Collections.Generic;
using System.Globalization;

namespace HeldOut92.Csv_ParsedTableTotal;

public static class CsvTable
{
    public static float[][] Load(string csv)
    {
        string[] lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var table = new List<float[]>();
        for (int l = 1; l < lines.Length; l++)
        {
            string[] parts = lines[l].Trim().Split(',');
            var values = new float[parts.Length];
            for (int j = 0; j < parts.Length; j++)
            {
                values[j] = float.Parse(parts[j], CultureInfo.InvariantCulture);
            }

            table.Add(values);
        }

        float mass = 0f;
        var exps = new List<float[]>();
        foreach (float[] values in table)
        {
            float hi = float.NegativeInfinity;
            foreach (float v in values)
            {
                hi = MathF.Max(hi, v);
            }

            var e = new float[values.Length];
            for (int j = 0; j < e.Length; j++)
            {
                e[j] = MathF.Exp(values[j] - hi);
                mass += e[j]; //~ LG0002
            }

            exps.Add(e);
        }

        foreach (float[] e in exps)
        {
            for (int j = 0; j < e.Length; j++)
            {
                e[j] /= mass;
            }
        }

        return exps.ToArray();
    }
}
