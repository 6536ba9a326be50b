    /// <summary>
    /// <c>ForwardRow</c> on each of <paramref name="rows"/> rows as LayerGen compiles it for the backward pass: the
    /// same statements, its element-wise loops on Vector256 lanes (sums added per lane; results may differ from
    /// <c>ForwardRow</c>'s in the last bits).
    /// </summary>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ForwardRowsVectorized(
        global::System.ReadOnlySpan<float> xRows, global::System.Span<float> yRows, int rows)
    {
        // The batch spans cut once to the rows they hold (the batch method checked the lengths): each row below is a
        // view inside them at a fixed offset, without a slice and its range check per row.
        xRows = xRows.Slice(0, rows * 8);
        yRows = yRows.Slice(0, rows * 8);
        ref float xRowsStart0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(xRows);
        ref float yRowsStart0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(yRows);
        for (int row = 0; row < rows; row++)
        {
            // This row: views with compile-time lengths (the JIT folds loop bounds and range checks on them).
            global::System.ReadOnlySpan<float> x = global::System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(
                ref global::System.Runtime.CompilerServices.Unsafe.Add(ref xRowsStart0, row * 8), 8);
            global::System.Span<float> y = global::System.Runtime.InteropServices.MemoryMarshal.CreateSpan(
                ref global::System.Runtime.CompilerServices.Unsafe.Add(ref yRowsStart0, row * 8), 8);

            float m = 0f;
            float sum = 0f;
            float e = 0f;

            m = x[0];
            // computes: for (int i = 1; i < x.Length; i++)
            // (on lanes: each lane keeps the maximum of its iterations; one vector that ends at the bound takes the
            // iterations past the last whole vector; the best lane is m unless lanes equal to it differ in their bits,
            // -0 and +0, or hold NaN: then the scalar loop runs from the start)
            {
                int vectorEnd0 = global::System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated && x.Length - 1 >= global::System.Runtime.Intrinsics.Vector256<float>.Count ? x.Length : 1;
                if (vectorEnd0 > 1)
                {
                    ref float xRef0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(x);
                    if (global::System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated && x.Length - 1 >= global::System.Runtime.Intrinsics.Vector512<float>.Count)
                    {
                        var mLanes0 = global::System.Runtime.Intrinsics.Vector512.Create(m);
                        var mLanes1 = mLanes0;
                        int i = 1;
                        for (; i <= x.Length - global::System.Runtime.Intrinsics.Vector512<float>.Count; i += global::System.Runtime.Intrinsics.Vector512<float>.Count)
                        {
                            // computes: if (x[i] > m)
                            var xLanes0 = global::System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref xRef0, (nuint)i);
                            var v0 = xLanes0;
                            mLanes0 = global::System.Runtime.Intrinsics.Vector512.ConditionalSelect(global::System.Runtime.Intrinsics.Vector512.GreaterThan(v0, mLanes0), v0, mLanes0);
                            (mLanes0, mLanes1) = (mLanes1, mLanes0);
                        }

                        if (i < x.Length)
                        {
                            i = x.Length - global::System.Runtime.Intrinsics.Vector512<float>.Count;
                            // computes: if (x[i] > m)
                            var xLanes1 = global::System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref xRef0, (nuint)i);
                            var v1 = xLanes1;
                            mLanes0 = global::System.Runtime.Intrinsics.Vector512.ConditionalSelect(global::System.Runtime.Intrinsics.Vector512.GreaterThan(v1, mLanes0), v1, mLanes0);
                            (mLanes0, mLanes1) = (mLanes1, mLanes0);
                        }

                        if (!global::LayerGen.Generated.LaneWinners.TryMerge(mLanes0, mLanes1, maximum: true, ref m))
                        {
                            vectorEnd0 = 1; // the scalar loop below decides
                        }
                    }
                    else
                    {
                        var mLanes2 = global::System.Runtime.Intrinsics.Vector256.Create(m);
                        var mLanes3 = mLanes2;
                        int i = 1;
                        for (; i <= x.Length - global::System.Runtime.Intrinsics.Vector256<float>.Count; i += global::System.Runtime.Intrinsics.Vector256<float>.Count)
                        {
                            // computes: if (x[i] > m)
                            var xLanes2 = global::System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref xRef0, (nuint)i);
                            var v2 = xLanes2;
                            mLanes2 = global::System.Runtime.Intrinsics.Vector256.ConditionalSelect(global::System.Runtime.Intrinsics.Vector256.GreaterThan(v2, mLanes2), v2, mLanes2);
                            (mLanes2, mLanes3) = (mLanes3, mLanes2);
                        }

                        if (i < x.Length)
                        {
                            i = x.Length - global::System.Runtime.Intrinsics.Vector256<float>.Count;
                            // computes: if (x[i] > m)
                            var xLanes3 = global::System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref xRef0, (nuint)i);
                            var v3 = xLanes3;
                            mLanes2 = global::System.Runtime.Intrinsics.Vector256.ConditionalSelect(global::System.Runtime.Intrinsics.Vector256.GreaterThan(v3, mLanes2), v3, mLanes2);
                            (mLanes2, mLanes3) = (mLanes3, mLanes2);
                        }

                        if (!global::LayerGen.Generated.LaneWinners.TryMerge(mLanes2, mLanes3, maximum: true, ref m))
                        {
                            vectorEnd0 = 1; // the scalar loop below decides
                        }
                    }
                }

                for (int i = vectorEnd0; i < x.Length; i++)
                {
                    if (x[i] > m)
                    {
                        m = x[i];
                    }
                }
            }

            sum = 0f;
            for (int i = 0; i < x.Length; i++)
            {
                e = global::System.MathF.Exp((x[i] - m));
                y[i] = e;
                sum = sum + e;
            }

            // computes: for (int i = 0; i < y.Length; i++)
            // (on Vector256 lanes, one iteration per lane; the scalar loop after them takes the iterations past the
            // last whole vector)
            {
                int vectorEnd1 = global::System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated
                    ? 0 + ((y.Length - 0) / global::System.Runtime.Intrinsics.Vector256<float>.Count * global::System.Runtime.Intrinsics.Vector256<float>.Count)
                    : 0;
                if (vectorEnd1 > 0)
                {
                    ref float yRef0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(y);
                    int i = 0;
                    // Where Vector512 is accelerated, two Vector256 steps at a time: each lane computes what it
                    // computes on Vector256, and a sum takes the lower half and the upper half as two Vector256 vectors
                    // (the same additions in the same order).
                    if (global::System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated)
                    {
                        int wideEnd0 = 0 + ((vectorEnd1 - 0) / global::System.Runtime.Intrinsics.Vector512<float>.Count * global::System.Runtime.Intrinsics.Vector512<float>.Count);
                        var sumWideLanes0 = global::System.Runtime.Intrinsics.Vector512.Create(sum);
                        for (; i < wideEnd0; i += global::System.Runtime.Intrinsics.Vector512<float>.Count)
                        {
                            // computes: y[i] /= sum;
                            var yLanes0 = global::System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref yRef0, (nuint)i);
                            var yLanes1 = (yLanes0 / sumWideLanes0);
                            global::System.Runtime.Intrinsics.Vector512.StoreUnsafe(yLanes1, ref yRef0, (nuint)i);
                        }
                    }

                    var sumLanes0 = global::System.Runtime.Intrinsics.Vector256.Create(sum);
                    for (; i < vectorEnd1; i += global::System.Runtime.Intrinsics.Vector256<float>.Count)
                    {
                        // computes: y[i] /= sum;
                        var yLanes2 = global::System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref yRef0, (nuint)i);
                        var yLanes3 = (yLanes2 / sumLanes0);
                        global::System.Runtime.Intrinsics.Vector256.StoreUnsafe(yLanes3, ref yRef0, (nuint)i);
                    }
                }

                for (int i = vectorEnd1; i < y.Length; i++)
                {
                    y[i] = y[i] / sum;
                }
            }
        }
    }

    /// <summary>
    /// Elements of scratch each row of <c>BackwardRowsFromInputs</c> needs: 8 tape values, the output row and its
    /// adjoint (16).
    /// </summary>
    private const int BackwardScratchLength = 24;

    /// <summary>
    /// The derivative of <c>ForwardRow</c>, derived by LayerGen (reverse-mode automatic differentiation), for each of
    /// <paramref name="rows"/> rows: runs the row's forward again, recording what it overwrites, then the reverse
    /// sweep; overwrites the input gradients and adds the parameters' gradients to theirs. <paramref name="dxRows"/>
    /// holds a row per row, or one row that every row overwrites when the caller needs no input gradient;
    /// <paramref name="scratch"/> (<c>BackwardScratchLength</c> elements) serves every row.
    /// </summary>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void BackwardRowsFromInputs(
        global::System.ReadOnlySpan<float> xRows,
        global::System.ReadOnlySpan<float> dyRows,
        global::System.Span<float> dxRows,
        global::System.Span<float> scratch,
        int rows)
    {
        // The batch spans cut once to the rows they hold (the batch method checked the lengths): each row below is a
        // view inside them at a fixed offset, without a slice and its range check per row.
        xRows = xRows.Slice(0, rows * 8);
        dyRows = dyRows.Slice(0, rows * 8);
        // A step of 0: the caller needs no input gradient and passes one row that every row overwrites.
        int dxStep = dxRows.Length >= rows * 8 ? 8 : 0;
        dxRows = dxRows.Slice(0, dxStep == 0 ? 8 : rows * 8);
        ref float xRowsStart0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(xRows);
        ref float dyRowsStart0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(dyRows);
        ref float dxRowsStart0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(dxRows);
        for (int row = 0; row < rows; row++)
        {
            // This row: views with compile-time lengths (the JIT folds loop bounds and range checks on them).
            global::System.ReadOnlySpan<float> x = global::System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(
                ref global::System.Runtime.CompilerServices.Unsafe.Add(ref xRowsStart0, row * 8), 8);
            global::System.ReadOnlySpan<float> dy = global::System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(
                ref global::System.Runtime.CompilerServices.Unsafe.Add(ref dyRowsStart0, row * 8), 8);
            global::System.Span<float> dx = global::System.Runtime.InteropServices.MemoryMarshal.CreateSpan(
                ref global::System.Runtime.CompilerServices.Unsafe.Add(ref dxRowsStart0, row * dxStep), 8);

            // Forward pass of the row, recording on the tape each value an assignment overwrites and each
            // data-dependent branch taken.
            global::System.Span<float> tape = scratch.Slice(0, 8);
            int tapeTop = 0;
            global::System.Span<float> y = scratch.Slice(8, 8);
            float m = 0f;
            float sum = 0f;
            float e = 0f;

            m = x[0];
            // computes: for (int i = 1; i < x.Length; i++)
            // (on lanes: each lane keeps the maximum of its iterations; one vector that ends at the bound takes the
            // iterations past the last whole vector; the best lane is m unless lanes equal to it differ in their bits,
            // -0 and +0, or hold NaN: then the scalar loop runs from the start)
            {
                int vectorEnd0 = global::System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated && x.Length - 1 >= global::System.Runtime.Intrinsics.Vector256<float>.Count ? x.Length : 1;
                if (vectorEnd0 > 1)
                {
                    ref float xRef0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(x);
                    if (global::System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated && x.Length - 1 >= global::System.Runtime.Intrinsics.Vector512<float>.Count)
                    {
                        var mLanes0 = global::System.Runtime.Intrinsics.Vector512.Create(m);
                        var mLanes1 = mLanes0;
                        int i = 1;
                        for (; i <= x.Length - global::System.Runtime.Intrinsics.Vector512<float>.Count; i += global::System.Runtime.Intrinsics.Vector512<float>.Count)
                        {
                            // computes: if (x[i] > m)
                            var xLanes0 = global::System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref xRef0, (nuint)i);
                            var v0 = xLanes0;
                            mLanes0 = global::System.Runtime.Intrinsics.Vector512.ConditionalSelect(global::System.Runtime.Intrinsics.Vector512.GreaterThan(v0, mLanes0), v0, mLanes0);
                            (mLanes0, mLanes1) = (mLanes1, mLanes0);
                        }

                        if (i < x.Length)
                        {
                            i = x.Length - global::System.Runtime.Intrinsics.Vector512<float>.Count;
                            // computes: if (x[i] > m)
                            var xLanes1 = global::System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref xRef0, (nuint)i);
                            var v1 = xLanes1;
                            mLanes0 = global::System.Runtime.Intrinsics.Vector512.ConditionalSelect(global::System.Runtime.Intrinsics.Vector512.GreaterThan(v1, mLanes0), v1, mLanes0);
                            (mLanes0, mLanes1) = (mLanes1, mLanes0);
                        }

                        if (!global::LayerGen.Generated.LaneWinners.TryMerge(mLanes0, mLanes1, maximum: true, ref m))
                        {
                            vectorEnd0 = 1; // the scalar loop below decides
                        }
                    }
                    else
                    {
                        var mLanes2 = global::System.Runtime.Intrinsics.Vector256.Create(m);
                        var mLanes3 = mLanes2;
                        int i = 1;
                        for (; i <= x.Length - global::System.Runtime.Intrinsics.Vector256<float>.Count; i += global::System.Runtime.Intrinsics.Vector256<float>.Count)
                        {
                            // computes: if (x[i] > m)
                            var xLanes2 = global::System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref xRef0, (nuint)i);
                            var v2 = xLanes2;
                            mLanes2 = global::System.Runtime.Intrinsics.Vector256.ConditionalSelect(global::System.Runtime.Intrinsics.Vector256.GreaterThan(v2, mLanes2), v2, mLanes2);
                            (mLanes2, mLanes3) = (mLanes3, mLanes2);
                        }

                        if (i < x.Length)
                        {
                            i = x.Length - global::System.Runtime.Intrinsics.Vector256<float>.Count;
                            // computes: if (x[i] > m)
                            var xLanes3 = global::System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref xRef0, (nuint)i);
                            var v3 = xLanes3;
                            mLanes2 = global::System.Runtime.Intrinsics.Vector256.ConditionalSelect(global::System.Runtime.Intrinsics.Vector256.GreaterThan(v3, mLanes2), v3, mLanes2);
                            (mLanes2, mLanes3) = (mLanes3, mLanes2);
                        }

                        if (!global::LayerGen.Generated.LaneWinners.TryMerge(mLanes2, mLanes3, maximum: true, ref m))
                        {
                            vectorEnd0 = 1; // the scalar loop below decides
                        }
                    }
                }

                for (int i = vectorEnd0; i < x.Length; i++)
                {
                    if (x[i] > m)
                    {
                        m = x[i];
                    }
                }
            }

            sum = 0f;
            for (int i = 0; i < x.Length; i++)
            {
                tape[tapeTop++] = e;
                e = global::System.MathF.Exp((x[i] - m));
                y[i] = e;
                sum = sum + e;
            }

            // computes: for (int i = 0; i < y.Length; i++)
            // (on Vector256 lanes, one iteration per lane; the scalar loop after them takes the iterations past the
            // last whole vector)
            {
                int vectorEnd1 = global::System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated
                    ? 0 + ((y.Length - 0) / global::System.Runtime.Intrinsics.Vector256<float>.Count * global::System.Runtime.Intrinsics.Vector256<float>.Count)
                    : 0;
                if (vectorEnd1 > 0)
                {
                    ref float yRef0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(y);
                    int i = 0;
                    // Where Vector512 is accelerated, two Vector256 steps at a time: each lane computes what it
                    // computes on Vector256, and a sum takes the lower half and the upper half as two Vector256 vectors
                    // (the same additions in the same order).
                    if (global::System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated)
                    {
                        int wideEnd0 = 0 + ((vectorEnd1 - 0) / global::System.Runtime.Intrinsics.Vector512<float>.Count * global::System.Runtime.Intrinsics.Vector512<float>.Count);
                        var sumWideLanes0 = global::System.Runtime.Intrinsics.Vector512.Create(sum);
                        for (; i < wideEnd0; i += global::System.Runtime.Intrinsics.Vector512<float>.Count)
                        {
                            // computes: y[i] /= sum;
                            var yLanes0 = global::System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref yRef0, (nuint)i);
                            var yLanes1 = (yLanes0 / sumWideLanes0);
                            global::System.Runtime.Intrinsics.Vector512.StoreUnsafe(yLanes1, ref yRef0, (nuint)i);
                        }
                    }

                    var sumLanes0 = global::System.Runtime.Intrinsics.Vector256.Create(sum);
                    for (; i < vectorEnd1; i += global::System.Runtime.Intrinsics.Vector256<float>.Count)
                    {
                        // computes: y[i] /= sum;
                        var yLanes2 = global::System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref yRef0, (nuint)i);
                        var yLanes3 = (yLanes2 / sumLanes0);
                        global::System.Runtime.Intrinsics.Vector256.StoreUnsafe(yLanes3, ref yRef0, (nuint)i);
                    }
                }

                for (int i = vectorEnd1; i < y.Length; i++)
                {
                    y[i] = y[i] / sum;
                }
            }

            // Reverse sweep: the adjoint (∂loss/∂value) of every value, from the last statement back to the first.
            global::System.Span<float> dY = scratch.Slice(16, 8);
            dx.Clear();
            float dSum = 0f;
            float dE = 0f;

            // reverses: for (int i = 0; i < y.Length; i++)
            // (on Vector256 lanes, one iteration per lane; the scalar loop takes the iterations past the last whole
            // vector)
            {
                int vectorEnd2 = global::System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated && y.Length <= dy.Length
                    ? 0 + ((y.Length - 0) / global::System.Runtime.Intrinsics.Vector256<float>.Count * global::System.Runtime.Intrinsics.Vector256<float>.Count)
                    : 0;
                for (int i = y.Length - 1; i >= vectorEnd2; i--)
                {
                    dY[i] = dy[i]; // the adjoint starts from dy
                    // reverses: y[i] /= sum;
                    {
                        float g = dY[i];
                        float v4 = y[i];
                        dY[i] = 0f;
                        dY[i] += g / sum;
                        dSum += -g * v4 / sum;
                    }
                }

                if (vectorEnd2 > 0)
                {
                    ref float yRef1 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(y);
                    ref float dYRef0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(dY);
                    var inverse0 = global::System.Runtime.Intrinsics.Vector256.Create(1f / sum);
                    // Σ g·q of the quotients q = …/sum, in four accumulators (vector k of the loop goes to accumulator
                    // k mod 4)
                    global::System.Runtime.Intrinsics.Vector256<float> dSumQuotientLanes0 = global::System.Runtime.Intrinsics.Vector256<float>.Zero;
                    global::System.Runtime.Intrinsics.Vector256<float> dSumQuotientLanes1 = global::System.Runtime.Intrinsics.Vector256<float>.Zero;
                    global::System.Runtime.Intrinsics.Vector256<float> dSumQuotientLanes2 = global::System.Runtime.Intrinsics.Vector256<float>.Zero;
                    global::System.Runtime.Intrinsics.Vector256<float> dSumQuotientLanes3 = global::System.Runtime.Intrinsics.Vector256<float>.Zero;
                    ref float dyRef0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(dy);
                    int i = 0;
                    // Where Vector512 is accelerated, two Vector256 steps at a time: each lane computes what it
                    // computes on Vector256, and a sum takes the lower half and the upper half as two Vector256 vectors
                    // (the same additions in the same order).
                    if (global::System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated)
                    {
                        int wideEnd1 = 0 + ((vectorEnd2 - 0) / global::System.Runtime.Intrinsics.Vector512<float>.Count * global::System.Runtime.Intrinsics.Vector512<float>.Count);
                        var wideInverse0 = global::System.Runtime.Intrinsics.Vector512.Create(global::System.Runtime.Intrinsics.Vector256.ToScalar(inverse0));
                        for (; i < wideEnd1; i += global::System.Runtime.Intrinsics.Vector512<float>.Count)
                        {
                            // reverses: y[i] /= sum;
                            var dYLanes0 = global::System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref dyRef0, (nuint)i);
                            var g0 = dYLanes0;
                            var yLanes4 = global::System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref yRef1, (nuint)i);
                            var v5 = yLanes4;
                            dYLanes0 = global::System.Runtime.Intrinsics.Vector512<float>.Zero;
                            var g1 = g0 * wideInverse0;
                            dYLanes0 = g1;
                            var wide0 = g0;
                            var wide1 = v5;
                            dSumQuotientLanes0 = global::System.Runtime.Intrinsics.Vector256.MultiplyAddEstimate(global::System.Runtime.Intrinsics.Vector512.GetLower(wide0), global::System.Runtime.Intrinsics.Vector512.GetLower(wide1), dSumQuotientLanes0);
                            dSumQuotientLanes1 = global::System.Runtime.Intrinsics.Vector256.MultiplyAddEstimate(global::System.Runtime.Intrinsics.Vector512.GetUpper(wide0), global::System.Runtime.Intrinsics.Vector512.GetUpper(wide1), dSumQuotientLanes1);
                            global::System.Runtime.Intrinsics.Vector512.StoreUnsafe(dYLanes0, ref dYRef0, (nuint)i);
                            (dSumQuotientLanes0, dSumQuotientLanes1, dSumQuotientLanes2, dSumQuotientLanes3) = (dSumQuotientLanes2, dSumQuotientLanes3, dSumQuotientLanes0, dSumQuotientLanes1);
                        }
                    }

                    for (; i < vectorEnd2; i += global::System.Runtime.Intrinsics.Vector256<float>.Count)
                    {
                        // reverses: y[i] /= sum;
                        var dYLanes1 = global::System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref dyRef0, (nuint)i);
                        var g2 = dYLanes1;
                        var yLanes5 = global::System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref yRef1, (nuint)i);
                        var v6 = yLanes5;
                        dYLanes1 = global::System.Runtime.Intrinsics.Vector256<float>.Zero;
                        var g3 = g2 * inverse0;
                        dYLanes1 = g3;
                        dSumQuotientLanes0 = global::System.Runtime.Intrinsics.Vector256.MultiplyAddEstimate(g2, v6, dSumQuotientLanes0);
                        global::System.Runtime.Intrinsics.Vector256.StoreUnsafe(dYLanes1, ref dYRef0, (nuint)i);
                        (dSumQuotientLanes0, dSumQuotientLanes1, dSumQuotientLanes2, dSumQuotientLanes3) = (dSumQuotientLanes1, dSumQuotientLanes2, dSumQuotientLanes3, dSumQuotientLanes0);
                    }

                    dSum -= global::LayerGen.Generated.LaneSums.Total(dSumQuotientLanes0, dSumQuotientLanes1, dSumQuotientLanes2, dSumQuotientLanes3, (vectorEnd2 - 0) / global::System.Runtime.Intrinsics.Vector256<float>.Count) * global::System.Runtime.Intrinsics.Vector256.ToScalar(inverse0);
                }
            }

            // reverses: for (int i = 0; i < x.Length; i++)
            for (int i = x.Length - 1; i >= 0; i--)
            {
                // reverses: sum += e;
                {
                    float g = dSum;
                    dSum = 0f;
                    dSum += g;
                    dE += g;
                }

                // reverses: y[i] = e;
                {
                    float g = dY[i];
                    dY[i] = 0f;
                    dE += g;
                }

                // reverses: float e = MathF.Exp(x[i] - m);
                {
                    float g = dE;
                    float v7 = e;
                    dE = 0f;
                    e = tape[--tapeTop];
                    float g4 = g * v7;
                    dx[i] += g4;
                }
            }

            // reverses: for (int i = 1; i < x.Length; i++)
            // (nothing to pass on: the output does not depend on m — it enters as the shift of exp(… − m) terms whose
            // scale cancels in a ratio, or of a log-sum-exp — so its adjoint is zero; the forward kept no iteration for
            // it)
        }
    }

    /// <summary>
    /// Elements of the record <c>ForwardRowsRecording</c> writes for one row: the tape (8), its position, the final
    /// values of the locals, the output row and the local buffers.
    /// </summary>
    private const int BackwardTapeLength = 20;

    /// <summary>
    /// Elements of scratch each row of <c>BackwardRowsFromTape</c> needs: the adjoints of the output row and of the
    /// local buffers, then a copy of those the reverse sweep restores values into.
    /// </summary>
    private const int BackwardFromTapeScratchLength = 8;

    /// <summary>
    /// <c>ForwardRow</c> on each of <paramref name="rows"/> rows that also writes into <paramref name="tapeRows"/>
    /// (<c>BackwardTapeLength</c> elements per row) what <c>BackwardRowsFromTape</c> needs.
    /// </summary>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ForwardRowsRecording(
        global::System.ReadOnlySpan<float> xRows,
        global::System.Span<float> yRows,
        global::System.Span<float> tapeRows,
        int rows)
    {
        // The batch spans cut once to the rows they hold (the batch method checked the lengths): each row below is a
        // view inside them at a fixed offset, without a slice and its range check per row.
        xRows = xRows.Slice(0, rows * 8);
        yRows = yRows.Slice(0, rows * 8);
        tapeRows = tapeRows.Slice(0, rows * 20);
        ref float xRowsStart0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(xRows);
        ref float yRowsStart0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(yRows);
        ref float tapeRowsStart0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(tapeRows);
        for (int row = 0; row < rows; row++)
        {
            // This row: views with compile-time lengths (the JIT folds loop bounds and range checks on them).
            global::System.ReadOnlySpan<float> x = global::System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(
                ref global::System.Runtime.CompilerServices.Unsafe.Add(ref xRowsStart0, row * 8), 8);
            global::System.Span<float> y = global::System.Runtime.InteropServices.MemoryMarshal.CreateSpan(
                ref global::System.Runtime.CompilerServices.Unsafe.Add(ref yRowsStart0, row * 8), 8);
            global::System.Span<float> tape = global::System.Runtime.InteropServices.MemoryMarshal.CreateSpan(
                ref global::System.Runtime.CompilerServices.Unsafe.Add(ref tapeRowsStart0, row * 20), 20);

            int tapeTop = 0;
            float m = 0f;
            float sum = 0f;
            float e = 0f;

            m = x[0];
            // computes: for (int i = 1; i < x.Length; i++)
            // (on lanes: each lane keeps the maximum of its iterations; one vector that ends at the bound takes the
            // iterations past the last whole vector; the best lane is m unless lanes equal to it differ in their bits,
            // -0 and +0, or hold NaN: then the scalar loop runs from the start)
            {
                int vectorEnd0 = global::System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated && x.Length - 1 >= global::System.Runtime.Intrinsics.Vector256<float>.Count ? x.Length : 1;
                if (vectorEnd0 > 1)
                {
                    ref float xRef0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(x);
                    if (global::System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated && x.Length - 1 >= global::System.Runtime.Intrinsics.Vector512<float>.Count)
                    {
                        var mLanes0 = global::System.Runtime.Intrinsics.Vector512.Create(m);
                        var mLanes1 = mLanes0;
                        int i = 1;
                        for (; i <= x.Length - global::System.Runtime.Intrinsics.Vector512<float>.Count; i += global::System.Runtime.Intrinsics.Vector512<float>.Count)
                        {
                            // computes: if (x[i] > m)
                            var xLanes0 = global::System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref xRef0, (nuint)i);
                            var v0 = xLanes0;
                            mLanes0 = global::System.Runtime.Intrinsics.Vector512.ConditionalSelect(global::System.Runtime.Intrinsics.Vector512.GreaterThan(v0, mLanes0), v0, mLanes0);
                            (mLanes0, mLanes1) = (mLanes1, mLanes0);
                        }

                        if (i < x.Length)
                        {
                            i = x.Length - global::System.Runtime.Intrinsics.Vector512<float>.Count;
                            // computes: if (x[i] > m)
                            var xLanes1 = global::System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref xRef0, (nuint)i);
                            var v1 = xLanes1;
                            mLanes0 = global::System.Runtime.Intrinsics.Vector512.ConditionalSelect(global::System.Runtime.Intrinsics.Vector512.GreaterThan(v1, mLanes0), v1, mLanes0);
                            (mLanes0, mLanes1) = (mLanes1, mLanes0);
                        }

                        if (!global::LayerGen.Generated.LaneWinners.TryMerge(mLanes0, mLanes1, maximum: true, ref m))
                        {
                            vectorEnd0 = 1; // the scalar loop below decides
                        }
                    }
                    else
                    {
                        var mLanes2 = global::System.Runtime.Intrinsics.Vector256.Create(m);
                        var mLanes3 = mLanes2;
                        int i = 1;
                        for (; i <= x.Length - global::System.Runtime.Intrinsics.Vector256<float>.Count; i += global::System.Runtime.Intrinsics.Vector256<float>.Count)
                        {
                            // computes: if (x[i] > m)
                            var xLanes2 = global::System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref xRef0, (nuint)i);
                            var v2 = xLanes2;
                            mLanes2 = global::System.Runtime.Intrinsics.Vector256.ConditionalSelect(global::System.Runtime.Intrinsics.Vector256.GreaterThan(v2, mLanes2), v2, mLanes2);
                            (mLanes2, mLanes3) = (mLanes3, mLanes2);
                        }

                        if (i < x.Length)
                        {
                            i = x.Length - global::System.Runtime.Intrinsics.Vector256<float>.Count;
                            // computes: if (x[i] > m)
                            var xLanes3 = global::System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref xRef0, (nuint)i);
                            var v3 = xLanes3;
                            mLanes2 = global::System.Runtime.Intrinsics.Vector256.ConditionalSelect(global::System.Runtime.Intrinsics.Vector256.GreaterThan(v3, mLanes2), v3, mLanes2);
                            (mLanes2, mLanes3) = (mLanes3, mLanes2);
                        }

                        if (!global::LayerGen.Generated.LaneWinners.TryMerge(mLanes2, mLanes3, maximum: true, ref m))
                        {
                            vectorEnd0 = 1; // the scalar loop below decides
                        }
                    }
                }

                for (int i = vectorEnd0; i < x.Length; i++)
                {
                    if (x[i] > m)
                    {
                        m = x[i];
                    }
                }
            }

            sum = 0f;
            for (int i = 0; i < x.Length; i++)
            {
                tape[tapeTop++] = e;
                e = global::System.MathF.Exp((x[i] - m));
                y[i] = e;
                sum = sum + e;
            }

            // computes: for (int i = 0; i < y.Length; i++)
            // (on Vector256 lanes, one iteration per lane; the scalar loop after them takes the iterations past the
            // last whole vector)
            {
                int vectorEnd1 = global::System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated
                    ? 0 + ((y.Length - 0) / global::System.Runtime.Intrinsics.Vector256<float>.Count * global::System.Runtime.Intrinsics.Vector256<float>.Count)
                    : 0;
                if (vectorEnd1 > 0)
                {
                    ref float yRef0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(y);
                    int i = 0;
                    // Where Vector512 is accelerated, two Vector256 steps at a time: each lane computes what it
                    // computes on Vector256, and a sum takes the lower half and the upper half as two Vector256 vectors
                    // (the same additions in the same order).
                    if (global::System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated)
                    {
                        int wideEnd0 = 0 + ((vectorEnd1 - 0) / global::System.Runtime.Intrinsics.Vector512<float>.Count * global::System.Runtime.Intrinsics.Vector512<float>.Count);
                        var sumWideLanes0 = global::System.Runtime.Intrinsics.Vector512.Create(sum);
                        for (; i < wideEnd0; i += global::System.Runtime.Intrinsics.Vector512<float>.Count)
                        {
                            // computes: y[i] /= sum;
                            var yLanes0 = global::System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref yRef0, (nuint)i);
                            var yLanes1 = (yLanes0 / sumWideLanes0);
                            global::System.Runtime.Intrinsics.Vector512.StoreUnsafe(yLanes1, ref yRef0, (nuint)i);
                        }
                    }

                    var sumLanes0 = global::System.Runtime.Intrinsics.Vector256.Create(sum);
                    for (; i < vectorEnd1; i += global::System.Runtime.Intrinsics.Vector256<float>.Count)
                    {
                        // computes: y[i] /= sum;
                        var yLanes2 = global::System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref yRef0, (nuint)i);
                        var yLanes3 = (yLanes2 / sumLanes0);
                        global::System.Runtime.Intrinsics.Vector256.StoreUnsafe(yLanes3, ref yRef0, (nuint)i);
                    }
                }

                for (int i = vectorEnd1; i < y.Length; i++)
                {
                    y[i] = y[i] / sum;
                }
            }

            // The state the reverse sweep starts from: tape position, final locals, output row (buffers are in place).
            tape[8] = global::System.BitConverter.Int32BitsToSingle(tapeTop);
            tape[9] = m;
            tape[10] = sum;
            tape[11] = e;
            y.CopyTo(tape.Slice(12, 8));
        }
    }

    /// <summary>
    /// The reverse sweep of <c>BackwardRowsFromInputs</c> for each of <paramref name="rows"/> rows, from the records
    /// <c>ForwardRowsRecording</c> wrote for the same rows and parameters (the records are only read): overwrites the
    /// input gradients and adds the parameters' gradients to theirs. <paramref name="dxRows"/> holds a row per row, or
    /// one row that every row overwrites when the caller needs no input gradient.
    /// </summary>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void BackwardRowsFromTape(
        global::System.ReadOnlySpan<float> xRows,
        global::System.Span<float> tapeRows,
        global::System.ReadOnlySpan<float> dyRows,
        global::System.Span<float> dxRows,
        global::System.Span<float> scratch,
        int rows)
    {
        // The batch spans cut once to the rows they hold (the batch method checked the lengths): each row below is a
        // view inside them at a fixed offset, without a slice and its range check per row.
        xRows = xRows.Slice(0, rows * 8);
        tapeRows = tapeRows.Slice(0, rows * 20);
        dyRows = dyRows.Slice(0, rows * 8);
        // A step of 0: the caller needs no input gradient and passes one row that every row overwrites.
        int dxStep = dxRows.Length >= rows * 8 ? 8 : 0;
        dxRows = dxRows.Slice(0, dxStep == 0 ? 8 : rows * 8);
        ref float xRowsStart1 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(xRows);
        ref float tapeRowsStart1 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(tapeRows);
        ref float dyRowsStart0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(dyRows);
        ref float dxRowsStart0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(dxRows);
        for (int row = 0; row < rows; row++)
        {
            // This row: views with compile-time lengths (the JIT folds loop bounds and range checks on them).
            global::System.ReadOnlySpan<float> x = global::System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(
                ref global::System.Runtime.CompilerServices.Unsafe.Add(ref xRowsStart1, row * 8), 8);
            global::System.Span<float> tape = global::System.Runtime.InteropServices.MemoryMarshal.CreateSpan(
                ref global::System.Runtime.CompilerServices.Unsafe.Add(ref tapeRowsStart1, row * 20), 20);
            global::System.ReadOnlySpan<float> dy = global::System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(
                ref global::System.Runtime.CompilerServices.Unsafe.Add(ref dyRowsStart0, row * 8), 8);
            global::System.Span<float> dx = global::System.Runtime.InteropServices.MemoryMarshal.CreateSpan(
                ref global::System.Runtime.CompilerServices.Unsafe.Add(ref dxRowsStart0, row * dxStep), 8);

            int tapeTop = global::System.BitConverter.SingleToInt32Bits(tape[8]);
            global::System.Span<float> y = tape.Slice(12, 8);
            float m = tape[9];
            float sum = tape[10];
            float e = tape[11];

            // Reverse sweep: the adjoint (∂loss/∂value) of every value, from the last statement back to the first.
            global::System.Span<float> dY = scratch.Slice(0, 8);
            dx.Clear();
            float dSum = 0f;
            float dE = 0f;

            // reverses: for (int i = 0; i < y.Length; i++)
            // (on Vector256 lanes, one iteration per lane; the scalar loop takes the iterations past the last whole
            // vector)
            {
                int vectorEnd2 = global::System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated && y.Length <= dy.Length
                    ? 0 + ((y.Length - 0) / global::System.Runtime.Intrinsics.Vector256<float>.Count * global::System.Runtime.Intrinsics.Vector256<float>.Count)
                    : 0;
                for (int i = y.Length - 1; i >= vectorEnd2; i--)
                {
                    dY[i] = dy[i]; // the adjoint starts from dy
                    // reverses: y[i] /= sum;
                    {
                        float g = dY[i];
                        float v4 = y[i];
                        dY[i] = 0f;
                        dY[i] += g / sum;
                        dSum += -g * v4 / sum;
                    }
                }

                if (vectorEnd2 > 0)
                {
                    ref float yRef1 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(y);
                    ref float dYRef0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(dY);
                    var inverse0 = global::System.Runtime.Intrinsics.Vector256.Create(1f / sum);
                    // Σ g·q of the quotients q = …/sum, in four accumulators (vector k of the loop goes to accumulator
                    // k mod 4)
                    global::System.Runtime.Intrinsics.Vector256<float> dSumQuotientLanes0 = global::System.Runtime.Intrinsics.Vector256<float>.Zero;
                    global::System.Runtime.Intrinsics.Vector256<float> dSumQuotientLanes1 = global::System.Runtime.Intrinsics.Vector256<float>.Zero;
                    global::System.Runtime.Intrinsics.Vector256<float> dSumQuotientLanes2 = global::System.Runtime.Intrinsics.Vector256<float>.Zero;
                    global::System.Runtime.Intrinsics.Vector256<float> dSumQuotientLanes3 = global::System.Runtime.Intrinsics.Vector256<float>.Zero;
                    ref float dyRef0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(dy);
                    int i = 0;
                    // Where Vector512 is accelerated, two Vector256 steps at a time: each lane computes what it
                    // computes on Vector256, and a sum takes the lower half and the upper half as two Vector256 vectors
                    // (the same additions in the same order).
                    if (global::System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated)
                    {
                        int wideEnd1 = 0 + ((vectorEnd2 - 0) / global::System.Runtime.Intrinsics.Vector512<float>.Count * global::System.Runtime.Intrinsics.Vector512<float>.Count);
                        var wideInverse0 = global::System.Runtime.Intrinsics.Vector512.Create(global::System.Runtime.Intrinsics.Vector256.ToScalar(inverse0));
                        for (; i < wideEnd1; i += global::System.Runtime.Intrinsics.Vector512<float>.Count)
                        {
                            // reverses: y[i] /= sum;
                            var dYLanes0 = global::System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref dyRef0, (nuint)i);
                            var g0 = dYLanes0;
                            var yLanes4 = global::System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref yRef1, (nuint)i);
                            var v5 = yLanes4;
                            dYLanes0 = global::System.Runtime.Intrinsics.Vector512<float>.Zero;
                            var g1 = g0 * wideInverse0;
                            dYLanes0 = g1;
                            var wide0 = g0;
                            var wide1 = v5;
                            dSumQuotientLanes0 = global::System.Runtime.Intrinsics.Vector256.MultiplyAddEstimate(global::System.Runtime.Intrinsics.Vector512.GetLower(wide0), global::System.Runtime.Intrinsics.Vector512.GetLower(wide1), dSumQuotientLanes0);
                            dSumQuotientLanes1 = global::System.Runtime.Intrinsics.Vector256.MultiplyAddEstimate(global::System.Runtime.Intrinsics.Vector512.GetUpper(wide0), global::System.Runtime.Intrinsics.Vector512.GetUpper(wide1), dSumQuotientLanes1);
                            global::System.Runtime.Intrinsics.Vector512.StoreUnsafe(dYLanes0, ref dYRef0, (nuint)i);
                            (dSumQuotientLanes0, dSumQuotientLanes1, dSumQuotientLanes2, dSumQuotientLanes3) = (dSumQuotientLanes2, dSumQuotientLanes3, dSumQuotientLanes0, dSumQuotientLanes1);
                        }
                    }

                    for (; i < vectorEnd2; i += global::System.Runtime.Intrinsics.Vector256<float>.Count)
                    {
                        // reverses: y[i] /= sum;
                        var dYLanes1 = global::System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref dyRef0, (nuint)i);
                        var g2 = dYLanes1;
                        var yLanes5 = global::System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref yRef1, (nuint)i);
                        var v6 = yLanes5;
                        dYLanes1 = global::System.Runtime.Intrinsics.Vector256<float>.Zero;
                        var g3 = g2 * inverse0;
                        dYLanes1 = g3;
                        dSumQuotientLanes0 = global::System.Runtime.Intrinsics.Vector256.MultiplyAddEstimate(g2, v6, dSumQuotientLanes0);
                        global::System.Runtime.Intrinsics.Vector256.StoreUnsafe(dYLanes1, ref dYRef0, (nuint)i);
                        (dSumQuotientLanes0, dSumQuotientLanes1, dSumQuotientLanes2, dSumQuotientLanes3) = (dSumQuotientLanes1, dSumQuotientLanes2, dSumQuotientLanes3, dSumQuotientLanes0);
                    }

                    dSum -= global::LayerGen.Generated.LaneSums.Total(dSumQuotientLanes0, dSumQuotientLanes1, dSumQuotientLanes2, dSumQuotientLanes3, (vectorEnd2 - 0) / global::System.Runtime.Intrinsics.Vector256<float>.Count) * global::System.Runtime.Intrinsics.Vector256.ToScalar(inverse0);
                }
            }

            // reverses: for (int i = 0; i < x.Length; i++)
            for (int i = x.Length - 1; i >= 0; i--)
            {
                // reverses: sum += e;
                {
                    float g = dSum;
                    dSum = 0f;
                    dSum += g;
                    dE += g;
                }

                // reverses: y[i] = e;
                {
                    float g = dY[i];
                    dY[i] = 0f;
                    dE += g;
                }

                // reverses: float e = MathF.Exp(x[i] - m);
                {
                    float g = dE;
                    float v7 = e;
                    dE = 0f;
                    e = tape[--tapeTop];
                    float g4 = g * v7;
                    dx[i] += g4;
                }
            }

            // reverses: for (int i = 1; i < x.Length; i++)
            // (nothing to pass on: the output does not depend on m — it enters as the shift of exp(… − m) terms whose
            // scale cancels in a ratio, or of a log-sum-exp — so its adjoint is zero; the forward kept no iteration for
            // it)
        }
    }
