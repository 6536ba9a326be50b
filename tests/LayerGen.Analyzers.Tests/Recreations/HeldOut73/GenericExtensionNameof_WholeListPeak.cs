// Idiom: C# 14 generic extension block on List<T[]> with an extension property (Ceiling) folding every row, and
// `nameof(Dictionary<,>)` (unbound generic) in the guard.
// Use: generic-math softmax of a keyed batch collected into a list.
// Layout: List<T[]>, one softmax per entry.
// Bug LG0001: rows.Ceiling is the max over every row of the list; each row's sum is its own.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Numerics;

namespace HeldOut73.GenericExtensionNameof_WholeListPeak;

public static class Batches
{
    extension<T>(List<T[]> rows) where T : IFloatingPointIeee754<T>
    {
        public T Ceiling
        {
            get
            {
                T c = T.NegativeInfinity;
                foreach (T[] row in rows)
                {
                    foreach (T v in row) c = T.Max(c, v);
                }

                return c;
            }
        }
    }

    public static List<T[]> Softmax<T>(Dictionary<string, T[]> byKey) where T : IFloatingPointIeee754<T>
    {
        if (byKey.Count == 0) throw new ArgumentException($"empty {nameof(Dictionary<,>)}", nameof(byKey));
        var rows = new List<T[]>(byKey.Values);
        T ceiling = rows.Ceiling; //~ LG0001
        var result = new List<T[]>(rows.Count);
        foreach (T[] row in rows)
        {
            var e = new T[row.Length];
            T total = T.Zero;
            for (int i = 0; i < row.Length; i++)
            {
                e[i] = T.Exp(row[i] - ceiling);
                total += e[i];
            }

            for (int i = 0; i < row.Length; i++) e[i] /= total;
            result.Add(e);
        }

        return result;
    }
}
