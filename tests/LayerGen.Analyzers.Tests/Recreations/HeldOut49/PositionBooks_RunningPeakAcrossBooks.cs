// Idiom: conviction-weighted position sizing per trading book, one softmax over each book's positions (own code).
// Layout: IReadOnlyList<Book> records with List<Position> members (ragged books); foreach over books and positions;
// result List<double[]>.
// Label: LG0001 — the peak conviction is declared above the book loop and never reset, so each book is shifted by the
// running maximum of every book so far; a book far below an earlier one underflows to 0/0.
using System;
using System.Collections.Generic;

namespace HeldOut49.PositionBooks_RunningPeakAcrossBooks;

public readonly record struct Position(string Ticker, double Quantity, double Conviction);

public sealed record Book(string Desk, List<Position> Positions);

public static class BookSizer
{
    public static List<double[]> Fractions(IReadOnlyList<Book> books)
    {
        var result = new List<double[]>(books.Count);
        double peak = double.MinValue;
        foreach (Book book in books)
        {
            foreach (Position p in book.Positions)
            {
                if (p.Conviction > peak) peak = p.Conviction; //~ LG0001
            }

            var f = new double[book.Positions.Count];
            double gross = 0.0;
            int i = 0;
            foreach (Position p in book.Positions)
            {
                f[i] = Math.Exp(p.Conviction - peak);
                gross += f[i];
                i++;
            }

            for (int j = 0; j < f.Length; j++)
            {
                f[j] /= gross;
            }

            result.Add(f);
        }

        return result;
    }
}
