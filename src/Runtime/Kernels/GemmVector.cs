using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LayerGen;

/// <summary>
/// <c>C = A·B (+ bias)</c> on one vector width, OVERWRITING C, with the operands read through strides so one routine
/// computes the three products of a layer: <c>x·W</c>, <c>xᵀ·dy</c> (A transposed) and <c>dy·Wᵀ</c> (B transposed).
/// <list type="bullet">
/// <item>Blocking (as in BLIS/GotoBLAS): B is cut into blocks of <see cref="StepBlock"/> reduction steps × a column block
/// sized to stay in L2, and each block is packed once per call into 64-byte aligned panels of <c>2 × Count</c> columns
/// (transposing when B is transposed; the last panel zero-padded). Rows of A go in blocks of <see cref="RowBlock"/>
/// so the part of A a B block meets stays in L2.</item>
/// <item>Micro-kernel: a 4-row × 2-vector tile of C in eight registers for a whole block; per reduction step it loads
/// two aligned vectors of the panel, broadcasts four A entries and issues eight fused multiply-adds.</item>
/// <item>Zero skipping: when at least 1/8 of A is zero (Relu outputs, image backgrounds), each 4-row tile first lists the
/// steps where any of its four A entries is non-zero and runs only those, as the reference BLAS skips zero entries.
/// A NaN or infinity in B then does not reach an output through a zero of A.</item>
/// <item>Epilogue: bias as the initial accumulator, and Relu or a positive mask applied on the last store
/// (<see cref="GemmEpilogue"/>).</item>
/// </list>
/// Edge tiles (fewer than <c>2 × Count</c> columns left) run on a small stack tile and copy their valid columns.
/// </summary>
internal static class GemmVector<TVec, T, TSimd>
    where TVec : struct
    where T : unmanaged, IFloatingPointIeee754<T>
    where TSimd : ISimd<TVec, T>
{
    /// <summary>Reduction steps per block (indices of a block fit in a byte for the zero-skipping step lists).</summary>
    internal const int StepBlock = 256;

    /// <summary>Rows of A per block: 128 × 256 floats = 128 KB of A in L2 while a B block passes over it.</summary>
    internal const int RowBlock = 128;

    /// <summary>Bytes of packed B per block: 256 KB, half of a typical L2 beside the A block.</summary>
    private const int PanelBlockBytes = 256 * 1024;

    /// <summary>Rows of A from which a row-major B is packed rather than read in place.</summary>
    private const int PackRows = 128;

    /// <summary>Rows per tile of the micro-kernel.</summary>
    private const int TileRows = 4;

    /// <summary>What a tile's accumulators start from.</summary>
    private enum Start
    {
        Zero,
        Bias,
        Accumulate,
    }

    /// <summary>
    /// <c>C (rows × n) = A·B (+ bias)</c>, then <paramref name="epilogue"/>; <c>A(r, p) = a[r·aRow + p·aStep]</c> (rows × steps),
    /// <c>B(p, j) = b[p·bRow + j·bColumn]</c> (steps × n), C row-major with row stride n. <paramref name="maskSpan"/> (for
    /// <see cref="GemmEpilogue.PositiveMask"/>) has C's layout. Any n ≥ 1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Multiply(
        ReadOnlySpan<T> aSpan, int aRow, int aStep, ReadOnlySpan<T> bSpan, int bRow, int bColumn, ReadOnlySpan<T> biasSpan,
        Span<T> cSpan, int rows, int steps, int n, GemmEpilogue epilogue, ReadOnlySpan<T> maskSpan)
    {
        int width = 2 * TSimd.Count;
        int stepBlocks = Math.Max(1, (steps + StepBlock - 1) / StepBlock);
        int stepBlock = Math.Max(1, (steps + stepBlocks - 1) / stepBlocks); // equal blocks: no short last block

        // A row-major B is read in place when few rows of A share it (packing would cost more than aligned loads save);
        // only its last, partial panel is packed (zero-padded). A transposed B is always packed.
        bool skipZeros = rows >= TileRows && HasManyZeros(aSpan[..(rows * steps)]);
        bool packAll = bColumn != 1 || rows >= PackRows; // measured: packing for the zero-skipping path was slower
        int columnBlock = Math.Max(width, PanelBlockBytes / Unsafe.SizeOf<T>() / stepBlock / width * width);
        columnBlock = Math.Min(columnBlock, (n + width - 1) / width * width);
        Span<T> packed = GemmScratch<T>.Get((stepBlock * columnBlock) + columnBlock);
        Span<T> biasPanel = packed[(stepBlock * columnBlock)..];
        Span<byte> stepLists = skipZeros ? stackalloc byte[(RowBlock / TileRows + TileRows) * StepBlock] : default;
        Span<int> stepCounts = stackalloc int[(RowBlock / TileRows) + TileRows];

        ref T a = ref MemoryMarshal.GetReference(aSpan);
        ref T b = ref MemoryMarshal.GetReference(bSpan);
        ref T c = ref MemoryMarshal.GetReference(cSpan);
        ref T mask = ref MemoryMarshal.GetReference(maskSpan);
        for (int jc = 0; jc < n; jc += columnBlock)
        {
            int columns = Math.Min(columnBlock, n - jc);
            int panels = (columns + width - 1) / width;
            if (!biasSpan.IsEmpty)
            {
                biasPanel.Clear();
                biasSpan.Slice(jc, columns).CopyTo(biasPanel);
            }

            // An empty reduction still runs one block of no steps: C is then the bias (or zero) through the epilogue.
            for (int pc = 0; pc < Math.Max(steps, 1); pc += stepBlock)
            {
                int kc = Math.Min(stepBlock, steps - pc);
                if (kc > 0)
                {
                    Pack(bSpan, bRow, bColumn, pc, kc, jc, columns, packed, edgeOnly: !packAll);
                }

                Start start = pc > 0 ? Start.Accumulate : biasSpan.IsEmpty ? Start.Zero : Start.Bias;
                GemmEpilogue finish = pc + stepBlock >= steps ? epilogue : GemmEpilogue.None;
                for (int ic = 0; ic < rows; ic += RowBlock)
                {
                    int blockRows = Math.Min(RowBlock, rows - ic);
                    ref T aBlock = ref Unsafe.Add(ref a, ((nint)ic * aRow) + ((nint)pc * aStep));
                    int tiles = ListSteps(ref aBlock, aRow, aStep, blockRows, kc, skipZeros, stepLists, stepCounts);
                    for (int panel = 0; panel < panels; panel++)
                    {
                        int column = jc + (panel * width);
                        int valid = Math.Min(width, n - column);
                        bool inPlace = !packAll && valid == width;
                        ref T bPanel = ref inPlace ? ref Unsafe.Add(ref b, ((nint)pc * bRow) + column) : ref packed[panel * width * kc];
                        nint bStride = inPlace ? bRow : width;
                        ref T bias = ref biasPanel[panel * width];
                        for (int tile = 0; tile < tiles; tile++)
                        {
                            int row = ic + TilesFirstRow(tile, blockRows);
                            int tileRows = TilesRowCount(tile, blockRows);
                            var steps1 = skipZeros ? stepLists.Slice(tile * StepBlock, stepCounts[tile]) : default;
                            ref T aTile = ref Unsafe.Add(ref aBlock, (nint)(row - ic) * aRow);
                            nint offset = ((nint)row * n) + column;
                            if (valid == width)
                            {
                                RunTile(tileRows, ref aTile, aRow, aStep, ref bPanel, bStride, kc, steps1, skipZeros, ref Unsafe.Add(ref c, offset), n, start, ref bias, finish, ref Unsafe.Add(ref mask, maskSpan.IsEmpty ? 0 : offset));
                            }
                            else
                            {
                                EdgeTile(tileRows, ref aTile, aRow, aStep, ref bPanel, bStride, kc, steps1, skipZeros, cSpan, offset, n, valid, start, ref bias, finish, maskSpan);
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>Index of the first row of a tile within a row block: full 4-row tiles first, then single rows.</summary>
    private static int TilesFirstRow(int tile, int blockRows)
    {
        int fullTiles = blockRows / TileRows;
        return tile < fullTiles ? tile * TileRows : (fullTiles * TileRows) + (tile - fullTiles);
    }

    private static int TilesRowCount(int tile, int blockRows) => tile < blockRows / TileRows ? TileRows : 1;

    /// <summary>
    /// Counts the tiles of a row block and, when skipping zeros, lists per tile the steps (relative to the block) where
    /// some A entry of the tile is non-zero; a NaN counts as non-zero.
    /// </summary>
    private static int ListSteps(ref T aBlock, nint aRow, nint aStep, int blockRows, int kc, bool skipZeros, Span<byte> lists, Span<int> counts)
    {
        int fullTiles = blockRows / TileRows;
        int tiles = fullTiles + (blockRows % TileRows);
        if (!skipZeros)
        {
            return tiles;
        }

        for (int tile = 0; tile < tiles; tile++)
        {
            ref T aTile = ref Unsafe.Add(ref aBlock, TilesFirstRow(tile, blockRows) * aRow);
            Span<byte> list = lists.Slice(tile * StepBlock, StepBlock);
            int count = 0;
            if (tile < fullTiles)
            {
                for (int p = 0; p < kc; p++)
                {
                    ref T ap = ref Unsafe.Add(ref aTile, p * aStep);
                    bool any = (ap != T.Zero) | (Unsafe.Add(ref ap, aRow) != T.Zero) | (Unsafe.Add(ref ap, 2 * aRow) != T.Zero) | (Unsafe.Add(ref ap, 3 * aRow) != T.Zero);
                    list[count] = (byte)p;
                    count += any ? 1 : 0;
                }
            }
            else
            {
                for (int p = 0; p < kc; p++)
                {
                    list[count] = (byte)p;
                    count += Unsafe.Add(ref aTile, p * aStep) != T.Zero ? 1 : 0;
                }
            }

            counts[tile] = count;
        }

        return tiles;
    }

    /// <summary>True when at least 1/8 of the entries are (±)0.</summary>
    private static bool HasManyZeros(ReadOnlySpan<T> values)
    {
        int zeros = 0;
        int i = 0;
        ref T start = ref MemoryMarshal.GetReference(values);
        TVec zero = TSimd.Broadcast(T.Zero);
        TVec one = TSimd.Broadcast(T.One);
        TVec counted = zero;
        int count = TSimd.Count;
        for (; i <= values.Length - count; i += count)
        {
            // Lanes equal to zero add 1: neither less than nor greater than 0, and not NaN.
            TVec value = TSimd.Load(in start, (nuint)i);
            TVec nonZero = TSimd.Or(TSimd.Or(TSimd.LessThan(value, zero), TSimd.GreaterThan(value, zero)), TSimd.IsNaN(value));
            counted = TSimd.Add(counted, TSimd.Select(nonZero, zero, one));
        }

        zeros += int.CreateTruncating(TSimd.Sum(counted));
        for (; i < values.Length; i++)
        {
            zeros += values[i] == T.Zero ? 1 : 0;
        }

        return zeros >= values.Length / 8 && zeros > 0;
    }

    /// <summary>
    /// Packs B's steps [pc, pc + kc) × columns [jc, jc + columns) into panels of <c>2 × Count</c> columns, each panel
    /// kc rows of contiguous vectors; columns past the end are zero. <paramref name="edgeOnly"/> packs only a partial last panel.
    /// </summary>
    private static void Pack(ReadOnlySpan<T> bSpan, int bRow, int bColumn, int pc, int kc, int jc, int columns, Span<T> packed, bool edgeOnly)
    {
        int width = 2 * TSimd.Count;
        int panels = (columns + width - 1) / width;
        ref T b = ref MemoryMarshal.GetReference(bSpan);
        for (int panel = 0; panel < panels; panel++)
        {
            int column = jc + (panel * width);
            int valid = Math.Min(width, jc + columns - column);
            if (edgeOnly && valid == width)
            {
                continue;
            }

            Span<T> destination = packed.Slice(panel * width * kc, width * kc);
            if (valid < width)
            {
                destination.Clear();
            }

            if (bColumn == 1)
            {
                // B row-major: each panel row is a contiguous piece of a B row.
                for (int p = 0; p < kc; p++)
                {
                    ref T source = ref Unsafe.Add(ref b, ((nint)(pc + p) * bRow) + column);
                    if (valid == width)
                    {
                        TSimd.Store(TSimd.Load(in source, 0), ref destination[p * width], 0);
                        TSimd.Store(TSimd.Load(in source, (nuint)TSimd.Count), ref destination[p * width], (nuint)TSimd.Count);
                    }
                    else
                    {
                        MemoryMarshal.CreateReadOnlySpan(ref source, valid).CopyTo(destination.Slice(p * width, valid));
                    }
                }
            }
            else
            {
                // B transposed (Wᵀ): a B column is a contiguous W row; read along it, write down the panel.
                int j = 0;
                if (typeof(T) == typeof(float) && GemmTranspose.IsSupported && bRow == 1)
                {
                    // 8 × 8 blocks transposed in registers; the scalar loops below finish the edges.
                    int steps8 = kc - (kc % 8);
                    for (; j <= valid - 8; j += 8)
                    {
                        ref float source = ref Unsafe.As<T, float>(ref Unsafe.Add(ref b, ((nint)(column + j) * bColumn) + pc));
                        ref float target = ref Unsafe.As<T, float>(ref destination[j]);
                        for (int p = 0; p < steps8; p += 8)
                        {
                            GemmTranspose.Block8x8(ref Unsafe.Add(ref source, p), bColumn, ref Unsafe.Add(ref target, p * width), width);
                        }

                        for (int jj = j; jj < j + 8; jj++)
                        {
                            ref T rest = ref Unsafe.Add(ref b, ((nint)(column + jj) * bColumn) + pc);
                            for (int p = steps8; p < kc; p++)
                            {
                                destination[(p * width) + jj] = Unsafe.Add(ref rest, p);
                            }
                        }
                    }
                }

                for (; j < valid; j++)
                {
                    ref T source = ref Unsafe.Add(ref b, ((nint)(column + j) * bColumn) + ((nint)pc * bRow));
                    ref T target = ref destination[j];
                    for (int p = 0; p < kc; p++)
                    {
                        Unsafe.Add(ref target, p * width) = Unsafe.Add(ref source, p * bRow);
                    }
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void RunTile(
        int tileRows, ref T a, nint aRow, nint aStep, ref T panel, nint bStride, int kc, ReadOnlySpan<byte> steps, bool skipZeros,
        ref T c, nint cRow, Start start, ref T bias, GemmEpilogue finish, ref T mask)
    {
        if (tileRows == TileRows)
        {
            Tile4x2(ref a, aRow, aStep, ref panel, bStride, kc, steps, skipZeros, ref c, cRow, start, ref bias, finish, ref mask);
        }
        else
        {
            Tile1x2(ref a, aStep, ref panel, bStride, kc, steps, skipZeros, ref c, start, ref bias, finish, ref mask);
        }
    }

    /// <summary>A tile whose columns run past C's last column: computed on a stack tile, then its valid columns copied.</summary>
    private static void EdgeTile(
        int tileRows, ref T a, nint aRow, nint aStep, ref T panel, nint bStride, int kc, ReadOnlySpan<byte> steps, bool skipZeros,
        Span<T> c, nint offset, int n, int valid, Start start, ref T bias, GemmEpilogue finish, ReadOnlySpan<T> mask)
    {
        int width = 2 * TSimd.Count;
        Span<T> tile = stackalloc T[TileRows * 64];
        tile = tile[..(TileRows * width)];
        for (int r = 0; r < tileRows; r++)
        {
            if (start == Start.Accumulate)
            {
                c.Slice((int)offset + (r * n), valid).CopyTo(tile.Slice(r * width, valid));
            }
        }

        RunTile(tileRows, ref a, aRow, aStep, ref panel, bStride, kc, steps, skipZeros, ref tile[0], width, start, ref bias, GemmEpilogue.None, ref tile[0]);
        for (int r = 0; r < tileRows; r++)
        {
            Span<T> destination = c.Slice((int)offset + (r * n), valid);
            ReadOnlySpan<T> source = tile.Slice(r * width, valid);
            for (int j = 0; j < valid; j++)
            {
                T value = source[j];
                destination[j] = finish switch
                {
                    GemmEpilogue.Relu => ReluOp<TVec, T>.Apply(value),
                    GemmEpilogue.PositiveMask => mask[(int)offset + (r * n) + j] > T.Zero ? value : T.Zero,
                    _ => value,
                };
            }
        }
    }

    /// <summary>The initial accumulator for the vector at <paramref name="offset"/> of a C row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVec Initial(Start start, ref T bias, ref T cRow, nuint offset) => start switch
    {
        Start.Bias => TSimd.Load(in bias, offset),
        Start.Accumulate => TSimd.Load(in cRow, offset),
        _ => TSimd.Broadcast(T.Zero),
    };

    /// <summary>Stores an accumulator through the epilogue.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(TVec value, GemmEpilogue finish, ref T cRow, ref T maskRow, nuint offset)
    {
        if (finish == GemmEpilogue.Relu)
        {
            value = ReluOp<TVec, T>.Apply<TSimd>(value);
        }
        else if (finish == GemmEpilogue.PositiveMask)
        {
            TVec zero = TSimd.Broadcast(T.Zero);
            value = TSimd.Select(TSimd.GreaterThan(TSimd.Load(in maskRow, offset), zero), value, zero);
        }

        TSimd.Store(value, ref cRow, offset);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile4x2(
        ref T a, nint aRow, nint aStep, ref T panel, nint bStride, int kc, ReadOnlySpan<byte> steps, bool skipZeros,
        ref T c, nint cRow, Start start, ref T bias, GemmEpilogue finish, ref T mask)
    {
        nuint count = (nuint)TSimd.Count;
        ref T c1 = ref Unsafe.Add(ref c, cRow);
        ref T c2 = ref Unsafe.Add(ref c, 2 * cRow);
        ref T c3 = ref Unsafe.Add(ref c, 3 * cRow);
        TVec c00 = Initial(start, ref bias, ref c, 0), c01 = Initial(start, ref bias, ref c, count);
        TVec c10 = Initial(start, ref bias, ref c1, 0), c11 = Initial(start, ref bias, ref c1, count);
        TVec c20 = Initial(start, ref bias, ref c2, 0), c21 = Initial(start, ref bias, ref c2, count);
        TVec c30 = Initial(start, ref bias, ref c3, 0), c31 = Initial(start, ref bias, ref c3, count);
        if (!skipZeros || steps.Length == kc)
        {
            ref T bp = ref panel;
            ref T ap = ref a;
            for (int p = 0; p < kc; p++)
            {
                TVec b0 = TSimd.Load(in bp, 0);
                TVec b1 = TSimd.Load(in bp, count);
                TVec a0 = TSimd.Broadcast(ap);
                c00 = TSimd.MultiplyAdd(a0, b0, c00);
                c01 = TSimd.MultiplyAdd(a0, b1, c01);
                TVec a1 = TSimd.Broadcast(Unsafe.Add(ref ap, aRow));
                c10 = TSimd.MultiplyAdd(a1, b0, c10);
                c11 = TSimd.MultiplyAdd(a1, b1, c11);
                TVec a2 = TSimd.Broadcast(Unsafe.Add(ref ap, 2 * aRow));
                c20 = TSimd.MultiplyAdd(a2, b0, c20);
                c21 = TSimd.MultiplyAdd(a2, b1, c21);
                TVec a3 = TSimd.Broadcast(Unsafe.Add(ref ap, 3 * aRow));
                c30 = TSimd.MultiplyAdd(a3, b0, c30);
                c31 = TSimd.MultiplyAdd(a3, b1, c31);
                bp = ref Unsafe.Add(ref bp, bStride);
                ap = ref Unsafe.Add(ref ap, aStep);
            }
        }
        else
        {
            // Only the listed steps: the others have four zero A entries and would add nothing.
            ref byte list = ref MemoryMarshal.GetReference(steps);
            for (int t = 0; t < steps.Length; t++)
            {
                nint p = Unsafe.Add(ref list, t);
                ref T bp = ref Unsafe.Add(ref panel, p * bStride);
                ref T ap = ref Unsafe.Add(ref a, p * aStep);
                TVec b0 = TSimd.Load(in bp, 0);
                TVec b1 = TSimd.Load(in bp, count);
                TVec a0 = TSimd.Broadcast(ap);
                c00 = TSimd.MultiplyAdd(a0, b0, c00);
                c01 = TSimd.MultiplyAdd(a0, b1, c01);
                TVec a1 = TSimd.Broadcast(Unsafe.Add(ref ap, aRow));
                c10 = TSimd.MultiplyAdd(a1, b0, c10);
                c11 = TSimd.MultiplyAdd(a1, b1, c11);
                TVec a2 = TSimd.Broadcast(Unsafe.Add(ref ap, 2 * aRow));
                c20 = TSimd.MultiplyAdd(a2, b0, c20);
                c21 = TSimd.MultiplyAdd(a2, b1, c21);
                TVec a3 = TSimd.Broadcast(Unsafe.Add(ref ap, 3 * aRow));
                c30 = TSimd.MultiplyAdd(a3, b0, c30);
                c31 = TSimd.MultiplyAdd(a3, b1, c31);
            }
        }

        Store(c00, finish, ref c, ref mask, 0);
        Store(c01, finish, ref c, ref mask, count);
        Store(c10, finish, ref c1, ref Unsafe.Add(ref mask, cRow), 0);
        Store(c11, finish, ref c1, ref Unsafe.Add(ref mask, cRow), count);
        Store(c20, finish, ref c2, ref Unsafe.Add(ref mask, 2 * cRow), 0);
        Store(c21, finish, ref c2, ref Unsafe.Add(ref mask, 2 * cRow), count);
        Store(c30, finish, ref c3, ref Unsafe.Add(ref mask, 3 * cRow), 0);
        Store(c31, finish, ref c3, ref Unsafe.Add(ref mask, 3 * cRow), count);
    }

    /// <summary>
    /// One row × two vectors, adding the steps in the same order as <see cref="Tile4x2"/> so a row's result does not depend
    /// on which tile it falls in (a batch split across threads gives bit-identical outputs).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile1x2(
        ref T a, nint aStep, ref T panel, nint bStride, int kc, ReadOnlySpan<byte> steps, bool skipZeros,
        ref T c, Start start, ref T bias, GemmEpilogue finish, ref T mask)
    {
        nuint count = (nuint)TSimd.Count;
        TVec c00 = Initial(start, ref bias, ref c, 0), c01 = Initial(start, ref bias, ref c, count);
        bool dense = !skipZeros || steps.Length == kc;
        int total = dense ? kc : steps.Length;
        ref byte list = ref MemoryMarshal.GetReference(steps);
        for (int t = 0; t < total; t++)
        {
            nint p = dense ? t : Unsafe.Add(ref list, t);
            ref T bp = ref Unsafe.Add(ref panel, p * bStride);
            TVec a0 = TSimd.Broadcast(Unsafe.Add(ref a, p * aStep));
            c00 = TSimd.MultiplyAdd(a0, TSimd.Load(in bp, 0), c00);
            c01 = TSimd.MultiplyAdd(a0, TSimd.Load(in bp, count), c01);
        }

        Store(c00, finish, ref c, ref mask, 0);
        Store(c01, finish, ref c, ref mask, count);
    }
}
