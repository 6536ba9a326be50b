// Idiom: indexed LINQ `Where((v, j) => masks[r][j])` per row; row peaks in an array; a `SelectMany` normaliser.
// Use: masked softmax over a list of variable-width score rows.
// Layout: IReadOnlyList<float[]> rows with IReadOnlyList<bool[]> masks (true = keep).
// Bug (LG0002): the peaks are per row, but `total` is one `SelectMany(...).Sum()` over every row's kept exps.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut84.WhereMask_SelectManyTotal;

public static class ListMasked
{
    public static float[][] Softmax(IReadOnlyList<float[]> rows, IReadOnlyList<bool[]> masks)
    {
        float[] peaks = rows.Select((row, r) => row.Where((v, j) => masks[r][j]).Max()).ToArray();
        float total = rows.SelectMany((row, r) => row.Where((v, j) => masks[r][j]).Select(v => MathF.Exp(v - peaks[r]))).Sum(); //~ LG0002
        return rows
            .Select((row, r) => row.Select((v, j) => masks[r][j] ? MathF.Exp(v - peaks[r]) / total : 0f).ToArray())
            .ToArray();
    }
}
