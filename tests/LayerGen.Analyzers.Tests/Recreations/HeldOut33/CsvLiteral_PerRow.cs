// Idiom: data pasted into the program as a CSV string literal with a header line, parsed with Split(',') and
// double.Parse, sizes as ints from the line counts, int/double mixing in the printed checks, everything in Main.
// Layout: double[,] [rows, columns] (one row per sample).
// Correct: the softmax runs along each row with that row's max and sum.
using System;
using System.Globalization;

namespace HeldOut33.CsvLiteralPerRow;

/// <summary>Softmax of a small table typed into the program.</summary>
public static class Program
{
    /// <summary>The table; the first line is a header.</summary>
    public static string Csv = "cat,dog,bird\n0.2,1.4,-0.7\n2.2,0.1,0.0";

    /// <summary>The probabilities Main computed.</summary>
    public static double[,] Result = new double[0, 0];

    public static void Main()
    {
        string[] lines = Csv.Trim().Split('\n');
        int n = lines.Length - 1;
        int k = lines[0].Split(',').Length;
        double[,] x = new double[n, k];
        for (int i = 1; i < lines.Length; i++)
        {
            string[] cells = lines[i].Split(',');
            for (int j = 0; j < k; j++)
            {
                x[i - 1, j] = double.Parse(cells[j], CultureInfo.InvariantCulture);
            }
        }

        Console.WriteLine("Loaded " + n + " rows with " + k + " columns");
        Result = new double[n, k];
        for (int i = 0; i < n; i++)
        {
            double max = x[i, 0];
            for (int j = 1; j < k; j++)
            {
                max = Math.Max(max, x[i, j]);
            }

            double sum = 0;
            for (int j = 0; j < k; j++)
            {
                Result[i, j] = Math.Exp(x[i, j] - max);
                sum += Result[i, j];
            }

            double check = 0;
            for (int j = 0; j < k; j++)
            {
                Result[i, j] /= sum;
                check += Result[i, j];
            }

            Console.WriteLine("row " + i + ": mean probability " + check / k + " (expected " + 1.0 / k + ")");
        }
    }
}
