// Idiom: data pasted into the program as a CSV string literal, parsed into double[,], sizes as ints; the student
// "normalises" like features first (one max per column over all rows), then softmaxes each row.
// Layout: double[,] [rows, columns] (one row per sample).
// Bug (LG0004): the max is per column (over the samples), the sum per row (over the classes).
using System;
using System.Globalization;

namespace HeldOut33.CsvLiteralColumnMax;

/// <summary>Softmax of a small table typed into the program.</summary>
public static class Program
{
    /// <summary>The table, no header.</summary>
    public static string Csv = "0.2,1.4,-0.7\n2.2,0.1,0.0";

    /// <summary>The probabilities Main computed.</summary>
    public static double[,] Result = new double[0, 0];

    public static void Main()
    {
        string[] lines = Csv.Split('\n');
        int n = lines.Length;
        int k = lines[0].Split(',').Length;
        double[,] x = new double[n, k];
        for (int i = 0; i < n; i++)
        {
            string[] cells = lines[i].Split(',');
            for (int j = 0; j < k; j++)
            {
                x[i, j] = double.Parse(cells[j], CultureInfo.InvariantCulture);
            }
        }

        double[] colMax = new double[k];
        for (int j = 0; j < k; j++)
        {
            colMax[j] = double.MinValue;
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < k; j++)
            {
                if (x[i, j] > colMax[j]) colMax[j] = x[i, j]; //~ LG0004
            }
        }

        Console.WriteLine("column maxima: " + string.Join(", ", colMax));
        Result = new double[n, k];
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int j = 0; j < k; j++)
            {
                Result[i, j] = Math.Exp(x[i, j] - colMax[j]);
                sum += Result[i, j];
            }

            for (int j = 0; j < k; j++)
            {
                Result[i, j] = Result[i, j] / sum;
            }
        }
    }
}
