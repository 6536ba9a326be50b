// Idiom: E-step of a Poisson mixture for count data: log rho_ik = log pi_k + x_i log lambda_k - lambda_k
// (log x_i! dropped, it is the same for every component), shifted by the row maximum from a helper method.
// Use: EM clustering of counts (e.g. reads per gene, events per day).
// Layout: int[] counts, record array of components, log rho / responsibilities in double[n, k] row-major,
// static helpers RowMax(table, row) and ExpNormaliseRow(table, row, shift) called per row.
// Inspired by: Poisson-mixture EM in R/Python statistics course notes; own code.
// Label: Correct.
using System;

namespace HeldOut62.PoissonMixture_RowHelpers;

public sealed record PoissonComponent(double LogWeight, double Rate);

public static class PoissonMixture
{
    public static double[,] Responsibilities(int[] counts, PoissonComponent[] components)
    {
        int n = counts.Length;
        int k = components.Length;
        var table = new double[n, k];
        for (int i = 0; i < n; i++)
        {
            for (int c = 0; c < k; c++)
            {
                table[i, c] = components[c].LogWeight + counts[i] * Math.Log(components[c].Rate) - components[c].Rate;
            }

            double shift = RowMax(table, i);
            ExpNormaliseRow(table, i, shift);
        }

        return table;
    }

    private static double RowMax(double[,] table, int row)
    {
        double best = table[row, 0];
        for (int c = 1; c < table.GetLength(1); c++)
        {
            best = Math.Max(best, table[row, c]);
        }

        return best;
    }

    private static void ExpNormaliseRow(double[,] table, int row, double shift)
    {
        double total = 0.0;
        for (int c = 0; c < table.GetLength(1); c++)
        {
            table[row, c] = Math.Exp(table[row, c] - shift);
            total += table[row, c];
        }

        for (int c = 0; c < table.GetLength(1); c++)
        {
            table[row, c] /= total;
        }
    }
}
