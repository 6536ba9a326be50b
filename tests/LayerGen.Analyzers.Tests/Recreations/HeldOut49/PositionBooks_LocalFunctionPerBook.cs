// Idiom: conviction-weighted position sizing per trading book: within each book, the target gross fractions are a
// softmax of the positions' conviction scores, computed by a local helper over a span (own code).
// Layout: Book[] records, each with a Position[] of record structs (ragged books); a local function over Span<double>.
// Label: Correct (each book's own top conviction is subtracted and each book divided by its own total).
using System;

namespace HeldOut49.PositionBooks_LocalFunctionPerBook;

public readonly record struct Position(string Ticker, double Quantity, double Conviction);

public sealed record Book(string Desk, Position[] Positions);

public static class Sizing
{
    public static double[][] GrossFractions(Book[] books)
    {
        var fractions = new double[books.Length][];
        for (int b = 0; b < books.Length; b++)
        {
            Position[] positions = books[b].Positions;
            var f = new double[positions.Length];
            for (int i = 0; i < positions.Length; i++)
            {
                f[i] = positions[i].Conviction;
            }

            SoftmaxInPlace(f);
            fractions[b] = f;
        }

        return fractions;

        static void SoftmaxInPlace(Span<double> x)
        {
            double hi = double.NegativeInfinity;
            for (int i = 0; i < x.Length; i++)
            {
                hi = Math.Max(hi, x[i]);
            }

            double sum = 0.0;
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = Math.Exp(x[i] - hi);
                sum += x[i];
            }

            for (int i = 0; i < x.Length; i++)
            {
                x[i] /= sum;
            }
        }
    }
}
