// known gap: slots of a flat walk that are never reset per row (fields carried across calls, tile-relative slots reset
// once before the tiles), a single maximum over a tile under tile-relative sum slots, and one sum over a tile of rows
// whose row stride only a key `k / n` names are not found yet (missed on main too).
// gap: -LG0001@28 -LG0002@29 -LG0001@48 -LG0002@49 -LG0001@63 -LG0002@86 -LG0002@101
// Bug variants of FlatStats_PerRowSlots / FlatStats_TileSlots whose statistics are carried from one row to another.
// Source: the stop-39 review's correct flat softmax with the per-row reset moved away.
using System;

namespace Recreations.FlatStatsCarriedSlots;

public sealed class CarriedSlotSoftmax
{
    private readonly float[] _max;
    private readonly float[] _sum;
    private readonly int _n;

    public CarriedSlotSoftmax(int rows, int n)
    {
        _max = new float[rows];
        _sum = new float[rows];
        _n = n;
        for (int r = 0; r < rows; r++) _max[r] = float.NegativeInfinity;
    }

    // The slots are filled once in the constructor and never reset: each call folds onto the previous call's rows.
    public void Forward(float[] x, float[] y)
    {
        for (int k = 0; k < x.Length; k++) _max[k / _n] = MathF.Max(_max[k / _n], x[k]); //~ LG0001
        for (int k = 0; k < x.Length; k++) { y[k] = MathF.Exp(x[k] - _max[k / _n]); _sum[k / _n] += y[k]; } //~ LG0002
        for (int k = 0; k < x.Length; k++) y[k] /= _sum[k / _n];
    }
}

public static class TiledSlotSoftmax
{
    private const int TileRows = 8;

    // Tile-relative slots reset once before the tiles: row t + r of every tile folds into slot r.
    public static void SlotsResetOnce(float[] x, float[] y, int rows, int n)
    {
        Span<float> max = stackalloc float[TileRows];
        Span<float> sum = stackalloc float[TileRows];
        max.Fill(float.NegativeInfinity);
        sum.Clear();
        for (int t = 0; t < rows; t += TileRows)
        {
            int count = Math.Min(TileRows, rows - t);
            for (int k = t * n; k < (t + count) * n; k++) max[k / n - t] = MathF.Max(max[k / n - t], x[k]); //~ LG0001
            for (int k = t * n; k < (t + count) * n; k++) { y[k] = MathF.Exp(x[k] - max[k / n - t]); sum[k / n - t] += y[k]; } //~ LG0002
            for (int k = t * n; k < (t + count) * n; k++) y[k] /= sum[k / n - t];
        }
    }

    // One maximum per tile over the tile's flat range, per-row sums.
    public static void TileMaxRowSum(float[] x, float[] y, int rows, int n)
    {
        Span<float> sum = stackalloc float[TileRows];
        for (int t = 0; t < rows; t += TileRows)
        {
            int count = Math.Min(TileRows, rows - t);
            float max = float.NegativeInfinity;
            sum.Clear();
            for (int k = t * n; k < (t + count) * n; k++) max = MathF.Max(max, x[k]); //~ LG0001
            for (int k = t * n; k < (t + count) * n; k++) { y[k] = MathF.Exp(x[k] - max); sum[k / n - t] += y[k]; }
            for (int k = t * n; k < (t + count) * n; k++) y[k] /= sum[k / n - t];
        }
    }
}

// A walk over a tile of rows folds several rows only when some access steps by the row stride (RowTiles.cs); here
// only the key k / n names it, so a sum over the whole tile is read as one row's.
public static class TiledFlatTotals
{
    private const int TileRows = 8;

    // Per-row maxima over a tile walk, but one sum over the whole tile.
    public static void AbsoluteSlotsTileSum(float[] x, float[] y, int rows, int n)
    {
        var max = new float[rows];
        for (int r = 0; r < rows; r++) max[r] = float.NegativeInfinity;
        for (int t = 0; t < rows; t += TileRows)
        {
            int count = Math.Min(TileRows, rows - t);
            for (int k = t * n; k < (t + count) * n; k++) max[k / n] = MathF.Max(max[k / n], x[k]);
            float sum = 0f;
            for (int k = t * n; k < (t + count) * n; k++) { y[k] = MathF.Exp(x[k] - max[k / n]); sum += y[k]; } //~ LG0002
            for (int k = t * n; k < (t + count) * n; k++) y[k] /= sum;
        }
    }

    // Tile-relative maxima reset per tile, but one sum over the whole tile.
    public static void RelativeSlotsTileSum(float[] x, float[] y, int rows, int n)
    {
        Span<float> max = stackalloc float[TileRows];
        for (int t = 0; t < rows; t += TileRows)
        {
            int count = Math.Min(TileRows, rows - t);
            max.Fill(float.NegativeInfinity);
            for (int k = t * n; k < (t + count) * n; k++) max[k / n - t] = MathF.Max(max[k / n - t], x[k]);
            float sum = 0f;
            for (int k = t * n; k < (t + count) * n; k++) { y[k] = MathF.Exp(x[k] - max[k / n - t]); sum += y[k]; } //~ LG0002
            for (int k = t * n; k < (t + count) * n; k++) y[k] /= sum;
        }
    }
}
