using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LayerGen.Generator.Model;
using LayerGen.Validation;

namespace LayerGen.Generator.Emitting;

/// <summary>
/// Emits the row helpers of a fixed-size softmax: forward (<c>SoftmaxRowN</c>), gradient (<c>SoftmaxGradientRowN</c>)
/// and fused cross-entropy (<c>LossRowN</c>), in the kernel variant the class asks for.
/// </summary>
internal static class SoftmaxKernelEmitter
{
    private const string Vector256 = "global::System.Runtime.Intrinsics.Vector256";
    private const string MemoryMarshal = "global::System.Runtime.InteropServices.MemoryMarshal";
    private const string MathMax = "global::System.Math.Max";

    /// <summary>
    /// The variants emitted for <paramref name="size"/>: one, or Vector256 first with the fallback used when
    /// <c>Vector256</c> is not accelerated. <see cref="KernelKind.Auto"/> takes Vector256 for rows that fill at least one
    /// vector (measured faster than unrolled scalar code from 7–8 entries on), unrolled code for shorter rows, and
    /// falls back to unrolled code up to 16 entries and to scalar loops above. Its batch forward for rows of at least
    /// three <c>Vector512</c> widths calls the runtime instead when <c>Vector512</c> is accelerated
    /// (<see cref="ForwardUsesRuntimeWhenVector512"/>); these variants are still emitted for the other case.
    /// </summary>
    public static IReadOnlyList<KernelKind> VariantsFor(KernelKind kernel, int size, int lanes) => kernel switch
    {
        KernelKind.Runtime => [],
        KernelKind.Scalar => [KernelKind.Scalar],
        KernelKind.Unrolled => [KernelKind.Unrolled],
        KernelKind.Vector256 => [KernelKind.Vector256, KernelKind.Scalar],
        _ when size < lanes => [KernelKind.Unrolled],
        _ => [KernelKind.Vector256, size <= LayerSizeResolver.MaxUnrolledSize ? KernelKind.Unrolled : KernelKind.Scalar],
    };

    /// <summary>
    /// True when an <see cref="KernelKind.Auto"/> forward for rows of <paramref name="size"/> entries calls the runtime's
    /// <c>Softmax.Forward</c> where <c>Vector512</c> is accelerated: rows of at least three <c>Vector512</c> widths (48 floats
    /// or 24 doubles). Measured on AVX-512: the runtime's 512-bit code is faster from 48 floats and 24 doubles on, the inline
    /// 256-bit code up to 40 floats and 16 doubles. The inline code stays for shorter rows, for machines without
    /// <c>Vector512</c>, for the gradient and for the fused loss.
    /// </summary>
    /// <param name="kernel">The kernel the class asks for.</param>
    /// <param name="size">Entries per row.</param>
    /// <param name="lanes">Entries per <c>Vector256</c> (half a <c>Vector512</c>).</param>
    public static bool ForwardUsesRuntimeWhenVector512(KernelKind kernel, int size, int lanes) =>
        kernel == KernelKind.Auto && size >= 3 * 2 * lanes;

    /// <summary>
    /// Emits the batch forward: <paramref name="runtimeCall"/> behind a <c>Vector512.IsHardwareAccelerated</c> check (a
    /// JIT-time constant, so the other branch is removed) when <see cref="ForwardUsesRuntimeWhenVector512"/> holds, and
    /// <paramref name="inlineLoop"/> otherwise or alone.
    /// </summary>
    public static void EmitForwardDispatch(CodeWriter w, NumericType t, KernelKind kernel, int size, string runtimeCall, System.Action inlineLoop)
    {
        if (!ForwardUsesRuntimeWhenVector512(kernel, size, t.Lanes))
        {
            inlineLoop();
            return;
        }

        w.Line("// Measured: for rows this wide the runtime's Vector512 code beats the inline Vector256 code.");
        using (w.Block("if (global::System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated)"))
        {
            w.Line(runtimeCall);
        }

        using (w.Block("else"))
        {
            inlineLoop();
        }
    }

    /// <summary>Emits the helpers a class needs for rows of <paramref name="size"/> entries.</summary>
    public static void Emit(CodeWriter w, NumericType t, KernelKind kernel, int size, bool forward, bool gradient, bool loss)
    {
        IReadOnlyList<KernelKind> variants = VariantsFor(kernel, size, t.Lanes);
        if (forward)
        {
            EmitFamily(w, t, variants, size, Family.Forward);
        }

        if (gradient)
        {
            EmitFamily(w, t, variants, size, Family.Gradient);
        }

        if (loss)
        {
            EmitFamily(w, t, variants, size, Family.Loss);
        }
    }

    /// <summary>True when a <c>Vector256</c> row kernel (hence the float <c>Exp256</c> helper) is emitted for one of <paramref name="sizes"/>.</summary>
    public static bool UsesVector256(KernelKind kernel, IEnumerable<int> sizes, NumericType t) =>
        sizes.Any(size => VariantsFor(kernel, size, t.Lanes).Contains(KernelKind.Vector256));

    /// <summary>
    /// Emits <c>Exp256</c>: exp of a <c>Vector256&lt;float&gt;</c> (Cephes-style polynomial, about 2 ulp), cheaper than the
    /// BCL's <c>Vector256.Exp</c>, which computes float in double. Double kernels call <c>Vector256.Exp</c> directly.
    /// </summary>
    public static void EmitVectorExp(CodeWriter w, NumericType t)
    {
        if (t.Name != "float")
        {
            return;
        }

        string v = "global::System.Runtime.Intrinsics.Vector256<float>";
        string fma = Vector256 + ".MultiplyAddEstimate";
        w.Line("/// <summary>");
        w.Line("/// exp(x) per lane for x ≤ 0 (softmax's x − max), within about 2 ulp of the exact value; 0 below -87.34 (including -∞),");
        w.Line("/// where the result would be subnormal. x = n·ln 2 + r with |r| ≤ ln 2 / 2, exp(r) by a degree-7 polynomial (Cephes expf),");
        w.Line("/// 2ⁿ added to the exponent bits.");
        w.Line("/// </summary>");
        w.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        using (w.Block($"private static {v} Exp256({v} x)"))
        {
            w.Line("// n = round(x·log₂e): adding 1.5·2²³ leaves the rounded integer in the low mantissa bits.");
            w.Line($"{v} shifter = {Vector256}.Create(12582912f);");
            w.Line($"{v} withShifter = {fma}(x, {Vector256}.Create(1.44269504f), shifter);");
            w.Line($"{v} n = withShifter - shifter;");
            w.Line();
            w.Line("// r = x − n·ln 2, with ln 2 split in two so that the first product is exact.");
            w.Line($"{v} r = {fma}(n, {Vector256}.Create(-0.693359375f), x);");
            w.Line($"r = {fma}(n, {Vector256}.Create(2.12194440e-4f), r);");
            w.Line();
            w.Line("// exp(r) = 1 + r + r²·p(r).");
            w.Line($"{v} p = {Vector256}.Create(1.9875691500e-4f);");
            w.Line($"p = {fma}(p, r, {Vector256}.Create(1.3981999507e-3f));");
            w.Line($"p = {fma}(p, r, {Vector256}.Create(8.3334519073e-3f));");
            w.Line($"p = {fma}(p, r, {Vector256}.Create(4.1665795894e-2f));");
            w.Line($"p = {fma}(p, r, {Vector256}.Create(1.6666665459e-1f));");
            w.Line($"p = {fma}(p, r, {Vector256}.Create(5.0000001201e-1f));");
            w.Line($"p = {fma}(p, r * r, r) + {Vector256}.Create(1f);");
            w.Line();
            w.Line("// 2ⁿ: the low bits of withShifter hold n; shifted into the exponent field they multiply p by 2ⁿ.");
            w.Line($"{v} scaled = {Vector256}.AsSingle({Vector256}.AsInt32(p) + {Vector256}.ShiftLeft({Vector256}.AsInt32(withShifter), 23));");
            w.Line($"return {Vector256}.ConditionalSelect({Vector256}.LessThan(x, {Vector256}.Create(-87.33654f)), {v}.Zero, scaled);");
        }
    }

    /// <summary>Emits the cold paths shared by every size: rows whose maximum is NaN or infinite.</summary>
    public static void EmitNonFiniteHelpers(CodeWriter w, NumericType t, bool loss)
    {
        string T = t.Name;
        w.Line($"/// <summary>Softmax of a row whose maximum is NaN or infinite (the cold path of every row kernel).</summary>");
        using (w.Block($"private static void {GeneratedNames.SoftmaxRowNonFinite}({t.ReadOnlySpan} x, {t.Span} y, {T} max)"))
        {
            using (w.Block($"if ({T}.IsNaN(max))"))
            {
                w.Line($"y.Slice(0, x.Length).Fill({T}.NaN);");
                w.Line("return;");
            }

            w.Line();
            w.Line("// The maximum is -∞ only when every entry is -∞: no entry has any mass.");
            w.Line("// Otherwise the maximum is +∞ and the +∞ entries share the mass equally.");
            w.Line("int infinite = 0;");
            using (w.Block("for (int j = 0; j < x.Length; j++)"))
            {
                w.Line($"infinite += {T}.IsPositiveInfinity(x[j]) ? 1 : 0;");
            }

            w.Line();
            w.Line($"{T} share = infinite == 0 ? {t.Literal(0)} : {t.Literal(1)} / infinite;");
            using (w.Block("for (int j = 0; j < x.Length; j++)"))
            {
                w.Line($"y[j] = {T}.IsPositiveInfinity(x[j]) ? share : {t.Literal(0)};");
            }
        }

        if (!loss)
        {
            return;
        }

        w.Line();
        w.Line("/// <summary>Cross-entropy and gradient of a row whose maximum is NaN or infinite.</summary>");
        using (w.Block($"private static {T} {GeneratedNames.LossRowNonFinite}({t.ReadOnlySpan} x, int label, {t.Span} dx, {T} invRows, {T} max)"))
        {
            w.Line($"// A target with probability 0 (its logit is not +∞ here) costs +∞; one of k tied +∞ entries costs log k.");
            w.Line($"{T} target = x[label];");
            w.Line("int infinite = 0;");
            using (w.Block("for (int j = 0; j < x.Length; j++)"))
            {
                w.Line($"infinite += {T}.IsPositiveInfinity(x[j]) ? 1 : 0;");
            }

            w.Line();
            w.Line($"{T} loss = {T}.IsNaN(max) ? {T}.NaN : {T}.IsPositiveInfinity(target) ? {t.Math}.Log(infinite) : {T}.PositiveInfinity;");
            using (w.Block("if (!dx.IsEmpty)"))
            {
                w.Line($"{GeneratedNames.SoftmaxRowNonFinite}(x, dx, max);");
                using (w.Block("for (int j = 0; j < x.Length; j++)"))
                {
                    w.Line("dx[j] *= invRows;");
                }

                w.Line();
                w.Line("dx[label] -= invRows;");
            }

            w.Line();
            w.Line("return loss;");
        }
    }

    private enum Family
    {
        Forward,
        Gradient,
        Loss,
    }

    private static void EmitFamily(CodeWriter w, NumericType t, IReadOnlyList<KernelKind> variants, int size, Family family)
    {
        string baseName = family switch
        {
            Family.Forward => GeneratedNames.SoftmaxRow(size),
            Family.Gradient => GeneratedNames.SoftmaxGradientRow(size),
            _ => GeneratedNames.LossRow(size),
        };
        string parameters = family switch
        {
            Family.Forward => $"{t.ReadOnlySpan} x, {t.Span} y",
            Family.Gradient => $"{t.ReadOnlySpan} y, {t.ReadOnlySpan} dy, {t.Span} dx",
            _ => $"{t.ReadOnlySpan} x, int label, {t.Span} dx, {t.Name} invRows",
        };
        string returnType = family == Family.Loss ? t.Name : "void";
        string what = family switch
        {
            Family.Forward => $"Softmax of one row of {Format(size)} entries",
            Family.Gradient => $"Softmax gradient <c>dx = y ⊙ (dy − ⟨y, dy⟩)</c> of one row of {Format(size)} entries",
            _ => $"Cross-entropy <c>−log softmax(x)[label]</c> of one row of {Format(size)} logits; writes <c>(softmax(x) − onehot(label)) · invRows</c> to <paramref name=\"dx\"/> unless it is empty",
        };

        if (variants.Count > 1)
        {
            // Dispatcher: Vector256.IsHardwareAccelerated is a JIT-time constant, so only one call survives.
            string arguments = family switch
            {
                Family.Forward => "x, y",
                Family.Gradient => "y, dy, dx",
                _ => "x, label, dx, invRows",
            };
            string fallback = variants[1] == KernelKind.Unrolled ? "unrolled scalar code" : "scalar loops";
            w.Line($"/// <summary>{what}: <c>Vector256</c> code when accelerated, else {fallback}.</summary>");
            w.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
            using (w.Block($"private static {returnType} {baseName}({parameters})"))
            {
                string ret = family == Family.Loss ? "return " : string.Empty;
                using (w.Block($"if ({Vector256}.IsHardwareAccelerated)"))
                {
                    w.Line($"{ret}{baseName}{Suffix(KernelKind.Vector256)}({arguments});");
                    if (family != Family.Loss)
                    {
                        w.Line("return;");
                    }
                }

                w.Line();
                w.Line($"{ret}{baseName}{Suffix(variants[1])}({arguments});");
            }

            w.Line();
        }

        for (int i = 0; i < variants.Count; i++)
        {
            KernelKind variant = variants[i];
            string name = variants.Count > 1 ? baseName + Suffix(variant) : baseName;
            string how = variant switch
            {
                KernelKind.Unrolled => "fully unrolled scalar code",
                KernelKind.Vector256 => "<c>Vector256</c> code",
                _ => "scalar loops",
            };
            w.Line($"/// <summary>{what} ({how}).</summary>");
            using (w.Block($"private static {returnType} {name}({parameters})"))
            {
                var kernel = new RowKernel(w, t, size);
                switch (variant)
                {
                    case KernelKind.Unrolled: kernel.Unrolled(family); break;
                    case KernelKind.Vector256: kernel.Vectorised(family); break;
                    default: kernel.Scalar(family); break;
                }
            }

            if (i < variants.Count - 1)
            {
                w.Line();
            }
        }
    }

    private static string Suffix(KernelKind variant) => variant.ToString();

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes the body of one row kernel.</summary>
    private sealed class RowKernel(CodeWriter w, NumericType t, int n)
    {
        private string T => t.Name;

        private string N => Format(n);

        private string Zero => t.Literal(0);

        private string Exp(string argument) => $"{t.Math}.Exp({argument})";

        public void Scalar(Family family)
        {
            switch (family)
            {
                case Family.Forward:
                    ScalarMax("x");
                    NonFiniteReturn("SoftmaxRowNonFinite(x, y, max);\nreturn;");
                    w.Line($"{T} sum = {Zero};");
                    using (w.Block($"for (int j = 0; j < {N}; j++)"))
                    {
                        w.Line($"{T} e = {Exp("x[j] - max")};");
                        w.Line("y[j] = e;");
                        w.Line("sum += e;");
                    }

                    w.Line();
                    w.Line($"{T} scale = {t.Literal(1)} / sum;");
                    using (w.Block($"for (int j = 0; j < {N}; j++)"))
                    {
                        w.Line("y[j] *= scale;");
                    }

                    break;

                case Family.Gradient:
                    w.Line($"{T} dot = {Zero};");
                    using (w.Block($"for (int j = 0; j < {N}; j++)"))
                    {
                        w.Line("dot += y[j] * dy[j];");
                    }

                    w.Line();
                    using (w.Block($"for (int j = 0; j < {N}; j++)"))
                    {
                        w.Line("dx[j] = y[j] * (dy[j] - dot);");
                    }

                    break;

                default:
                    w.Line($"{T} target = x[label];");
                    ScalarMax("x");
                    NonFiniteReturn("return LossRowNonFinite(x, label, dx, invRows, max);");
                    w.Line($"{T} sum = {Zero};");
                    using (w.Block("if (dx.IsEmpty)"))
                    {
                        using (w.Block($"for (int j = 0; j < {N}; j++)"))
                        {
                            w.Line($"sum += {Exp("x[j] - max")};");
                        }
                    }

                    using (w.Block("else"))
                    {
                        using (w.Block($"for (int j = 0; j < {N}; j++)"))
                        {
                            w.Line($"{T} e = {Exp("x[j] - max")};");
                            w.Line("dx[j] = e;");
                            w.Line("sum += e;");
                        }

                        w.Line();
                        w.Line($"{T} scale = invRows / sum;");
                        using (w.Block($"for (int j = 0; j < {N}; j++)"))
                        {
                            w.Line("dx[j] *= scale;");
                        }

                        w.Line();
                        w.Line("dx[label] -= invRows;");
                    }

                    w.Line();
                    LossReturn();
                    break;
            }
        }

        public void Unrolled(Family family)
        {
            switch (family)
            {
                case Family.Forward:
                    Locals("x", "x");
                    UnrolledMax();
                    NonFiniteReturn("SoftmaxRowNonFinite(x, y, max);\nreturn;");
                    UnrolledExp();
                    w.Line($"{T} scale = {t.Literal(1)} / ({Sum("e")});");
                    for (int j = 0; j < n; j++)
                    {
                        w.Line($"y[{Format(j)}] = e{Format(j)} * scale;");
                    }

                    break;

                case Family.Gradient:
                    w.Line("// Everything is read before dx is written, so dx may alias dy.");
                    Locals("y", "y");
                    Locals("dy", "dy");
                    w.Line($"{T} dot = {string.Join(" + ", Enumerable.Range(0, n).Select(j => $"y{Format(j)} * dy{Format(j)}"))};");
                    for (int j = 0; j < n; j++)
                    {
                        w.Line($"dx[{Format(j)}] = y{Format(j)} * (dy{Format(j)} - dot);");
                    }

                    break;

                default:
                    w.Line($"{T} target = x[label];");
                    Locals("x", "x");
                    UnrolledMax();
                    NonFiniteReturn("return LossRowNonFinite(x, label, dx, invRows, max);");
                    UnrolledExp();
                    w.Line($"{T} sum = {Sum("e")};");
                    using (w.Block("if (!dx.IsEmpty)"))
                    {
                        w.Line($"{T} scale = invRows / sum;");
                        for (int j = 0; j < n; j++)
                        {
                            w.Line($"dx[{Format(j)}] = e{Format(j)} * scale;");
                        }

                        w.Line("dx[label] -= invRows;");
                    }

                    w.Line();
                    LossReturn();
                    break;
            }
        }

        public void Vectorised(Family family)
        {
            int lanes = t.Lanes;
            bool overlap = n >= lanes; // else one vector holds the whole row, padded with neutral lanes
            int full = overlap ? n / lanes * lanes : 0;
            int tail = n - full;
            string vector = t.Vector;
            if (overlap && family != Family.Loss)
            {
                int vectors = (n + lanes - 1) / lanes;
                if (vectors <= MaxRegisterVectors)
                {
                    RegisterRow(family, vectors);
                }
                else
                {
                    LongRow(family, full, tail);
                }

                EmitNewLanes(tail);
                return;
            }

            switch (family)
            {
                case Family.Forward:
                    Refs(("x", "xStart"), ("y", "yStart"));
                    LoadLast("x", "xStart", "last", overlap, full, tail, t.NegativeInfinity, "y may alias x");
                    VectorMax(full, tail > 0, "xStart");
                    NonFiniteReturn("SoftmaxRowNonFinite(x, y, max);\nreturn;");
                    w.Line("// e = exp(x − max), stored in y and summed lane-wise.");
                    w.Line($"{vector} sums = {vector}.Zero;");
                    if (full > 0)
                    {
                        using (w.Block(ForVectors(full)))
                        {
                            w.Line($"{vector} e = {VectorExp($"{Vector256}.LoadUnsafe(ref xStart, j) - shift")};");
                            w.Line($"{Vector256}.StoreUnsafe(e, ref yStart, j);");
                            w.Line("sums += e;");
                        }
                    }

                    if (tail > 0)
                    {
                        w.Line($"{vector} lastExp = {VectorExp("last - shift")};");
                        w.Line($"sums += {(overlap ? "lastExp & NewLanes()" : "lastExp")};");
                    }

                    w.Line();
                    w.Line("// Divide by the row sum.");
                    w.Line($"{vector} scale = {Vector256}.Create({t.Literal(1)} / {Vector256}.Sum(sums));");
                    if (full > 0)
                    {
                        using (w.Block(ForVectors(full)))
                        {
                            w.Line($"{Vector256}.StoreUnsafe({Vector256}.LoadUnsafe(ref yStart, j) * scale, ref yStart, j);");
                        }
                    }

                    if (tail > 0)
                    {
                        StoreLast("y", "yStart", "lastExp * scale", overlap, full, tail);
                    }

                    break;

                case Family.Gradient:
                    Refs(("y", "yStart"), ("dy", "dyStart"), ("dx", "dxStart"));
                    LoadLast("y", "yStart", "yLast", overlap, full, tail, Zero, "dx may alias dy");
                    LoadLast("dy", "dyStart", "dyLast", overlap, full, tail, Zero, null);
                    w.Line("// ⟨y, dy⟩, lane-wise and then across the lanes.");
                    w.Line($"{vector} dots = {(tail == 0 ? vector + ".Zero" : overlap ? "(yLast * dyLast) & NewLanes()" : "yLast * dyLast")};");
                    if (full > 0)
                    {
                        using (w.Block(ForVectors(full)))
                        {
                            w.Line($"dots += {Vector256}.LoadUnsafe(ref yStart, j) * {Vector256}.LoadUnsafe(ref dyStart, j);");
                        }
                    }

                    w.Line();
                    w.Line("// dx = y ⊙ (dy − ⟨y, dy⟩): the Jacobian diag(y) − y yᵀ is never formed.");
                    w.Line($"{vector} dot = {Vector256}.Create({Vector256}.Sum(dots));");
                    if (full > 0)
                    {
                        using (w.Block(ForVectors(full)))
                        {
                            w.Line($"{vector} g = {Vector256}.LoadUnsafe(ref yStart, j) * ({Vector256}.LoadUnsafe(ref dyStart, j) - dot);");
                            w.Line($"{Vector256}.StoreUnsafe(g, ref dxStart, j);");
                        }
                    }

                    if (tail > 0)
                    {
                        StoreLast("dx", "dxStart", "yLast * (dyLast - dot)", overlap, full, tail);
                    }

                    break;

                default:
                    w.Line($"{T} target = x[label];");
                    Refs(("x", "xStart"), ("dx", "dxStart"));
                    LoadLast("x", "xStart", "last", overlap, full, tail, t.NegativeInfinity, "dx may alias x");
                    VectorMax(full, tail > 0, "xStart");
                    NonFiniteReturn("return LossRowNonFinite(x, label, dx, invRows, max);");
                    if (tail > 0)
                    {
                        w.Line($"{vector} lastExp = {VectorExp("last - shift")};");
                    }

                    w.Line($"{vector} sums = {(tail == 0 ? vector + ".Zero" : overlap ? "lastExp & NewLanes()" : "lastExp")};");
                    w.Line($"{T} sum;");
                    using (w.Block("if (dx.IsEmpty)"))
                    {
                        if (full > 0)
                        {
                            using (w.Block(ForVectors(full)))
                            {
                                w.Line($"sums += {VectorExp($"{Vector256}.LoadUnsafe(ref xStart, j) - shift")};");
                            }
                        }

                        w.Line($"sum = {Vector256}.Sum(sums);");
                    }

                    using (w.Block("else"))
                    {
                        w.Line("// Store e = exp(x − max) in dx, then scale it to (softmax − onehot) · invRows.");
                        if (full > 0)
                        {
                            using (w.Block(ForVectors(full)))
                            {
                                w.Line($"{vector} e = {VectorExp($"{Vector256}.LoadUnsafe(ref xStart, j) - shift")};");
                                w.Line($"{Vector256}.StoreUnsafe(e, ref dxStart, j);");
                                w.Line("sums += e;");
                            }
                        }

                        w.Line($"sum = {Vector256}.Sum(sums);");
                        w.Line($"{vector} scale = {Vector256}.Create(invRows / sum);");
                        if (full > 0)
                        {
                            using (w.Block(ForVectors(full)))
                            {
                                w.Line($"{Vector256}.StoreUnsafe({Vector256}.LoadUnsafe(ref dxStart, j) * scale, ref dxStart, j);");
                            }
                        }

                        if (tail > 0)
                        {
                            StoreLast("dx", "dxStart", "lastExp * scale", overlap, full, tail);
                        }

                        w.Line("dx[label] -= invRows;");
                    }

                    w.Line();
                    LossReturn();
                    break;
            }

            if (overlap)
            {
                EmitNewLanes(tail);
            }
        }

        /// <summary>Rows of at most this many vectors are loaded once and kept in registers.</summary>
        private const int MaxRegisterVectors = 4;

        private void EmitNewLanes(int tail)
        {
            if (tail == 0)
            {
                return;
            }

            int lanes = t.Lanes;
            w.Line();
            w.Line($"// Lanes {Format(lanes - tail)}..{Format(lanes - 1)} of the last vector hold the entries after the full vectors; the other lanes repeat entries already counted.");
            w.Line($"static {t.Vector} NewLanes() => {Vector256}.GreaterThan({Vector256}.Create({string.Join(", ", Enumerable.Range(0, lanes).Select(i => t.Literal(i)))}), {Vector256}.Create({t.Literal(lanes - tail - 0.5)}));");
        }

        /// <summary>Offset of vector <paramref name="q"/> of a row held in <paramref name="vectors"/> vectors: the last one ends at the row's end.</summary>
        private int Offset(int q, int vectors) => q < vectors - 1 ? q * t.Lanes : n - t.Lanes;

        /// <summary>
        /// A row of one to four vectors: loaded once, then max, exp, sum and scale (or ⟨y, dy⟩ and the gradient) in registers.
        /// The last vector may overlap its predecessor; its repeated lanes are masked out of the reductions.
        /// </summary>
        private void RegisterRow(Family family, int vectors)
        {
            string vector = t.Vector;
            int tail = n % t.Lanes;
            IEnumerable<int> all = Enumerable.Range(0, vectors);
            string last = Format(vectors - 1);
            if (family == Family.Forward)
            {
                Refs(("x", "xStart"), ("y", "yStart"));
                w.Line($"// The row is held in {Format(vectors)} vector{(vectors > 1 ? "s" : string.Empty)}, loaded before anything is written (y may alias x).");
                if (tail > 0)
                {
                    w.Line($"// x{last} starts at {Format(n - t.Lanes)} and overlaps x{Format(vectors - 2)}: its repeated lanes are set to -∞, which adds nothing to the max or the sum.");
                }

                for (int q = 0; q < vectors; q++)
                {
                    string load = $"{Vector256}.LoadUnsafe(ref xStart, {Format(Offset(q, vectors))})";
                    if (q == vectors - 1 && tail > 0)
                    {
                        load = $"{Vector256}.ConditionalSelect(NewLanes(), {load}, {Vector256}.Create({t.NegativeInfinity}))";
                    }

                    w.Line($"{vector} x{Format(q)} = {load};");
                }

                w.Line();
                w.Line("// Row maximum, lane-wise over the vectors, then across the lanes; subtracted before exp.");
                w.Line($"{vector} maxes = {Tree(all.Select(q => $"x{Format(q)}").ToList(), (a, b) => $"{Vector256}.Max({a}, {b})")};");
                ReduceMax();
                NonFiniteReturn("SoftmaxRowNonFinite(x, y, max);\nreturn;");
                w.Line("// e = exp(x − max), then divided by the row sum.");
                foreach (int q in all)
                {
                    w.Line($"{vector} e{Format(q)} = {VectorExp($"x{Format(q)} - shift")};");
                }

                w.Line($"{vector} scale = {Vector256}.Create({t.Literal(1)} / {Vector256}.Sum({Tree(all.Select(q => $"e{Format(q)}").ToList(), (a, b) => $"{a} + {b}")}));");
                w.Line();
                if (tail > 0)
                {
                    w.Line("// Last vector first: the earlier vectors then overwrite its repeated lanes.");
                }

                for (int q = vectors - 1; q >= 0; q--)
                {
                    w.Line($"{Vector256}.StoreUnsafe(e{Format(q)} * scale, ref yStart, {Format(Offset(q, vectors))});");
                }

                return;
            }

            Refs(("y", "yStart"), ("dy", "dyStart"), ("dx", "dxStart"));
            w.Line($"// y and dy are held in {Format(vectors)} vector{(vectors > 1 ? "s" : string.Empty)} each, loaded before anything is written (dx may alias dy).");
            if (tail > 0)
            {
                w.Line($"// The last vectors start at {Format(n - t.Lanes)} and overlap the ones before; their repeated lanes are masked out of the sum.");
            }

            foreach (int q in all)
            {
                string offset = Format(Offset(q, vectors));
                w.Line($"{vector} y{Format(q)} = {Vector256}.LoadUnsafe(ref yStart, {offset}), dy{Format(q)} = {Vector256}.LoadUnsafe(ref dyStart, {offset});");
            }

            w.Line();
            w.Line("// ⟨y, dy⟩, lane-wise and then across the lanes.");
            List<string> products = all.Select(q => $"(y{Format(q)} * dy{Format(q)})").ToList();
            if (tail > 0)
            {
                products[vectors - 1] = $"({products[vectors - 1]} & NewLanes())";
            }

            w.Line($"{vector} dot = {Vector256}.Create({Vector256}.Sum({Tree(products, (a, b) => $"{a} + {b}")}));");
            w.Line();
            w.Line("// dx = y ⊙ (dy − ⟨y, dy⟩): the Jacobian diag(y) − y yᵀ is never formed. Overlapping lanes get the same values twice.");
            foreach (int q in all)
            {
                w.Line($"{Vector256}.StoreUnsafe(y{Format(q)} * (dy{Format(q)} - dot), ref dxStart, {Format(Offset(q, vectors))});");
            }
        }

        /// <summary>
        /// A longer row in passes over memory (max; exp stored and summed; scale — or ⟨y, dy⟩; gradient), each loop
        /// two vectors per step with two accumulators; the last partial vector overlaps and is read before anything is written.
        /// </summary>
        private void LongRow(Family family, int full, int tail)
        {
            string vector = t.Vector;
            int lanes = t.Lanes;
            int pairs = full / (2 * lanes) * (2 * lanes);
            bool odd = pairs < full; // one more full vector after the pairs
            string second = Format(lanes);
            string pairLoop = $"for (nuint j = 0; j < {Format(pairs)}; j += {Format(2 * lanes)})";
            string Load(string start, string offset) => $"{Vector256}.LoadUnsafe(ref {start}, {offset})";
            if (family == Family.Forward)
            {
                Refs(("x", "xStart"), ("y", "yStart"));
                if (tail > 0)
                {
                    w.Line($"// {Entries(full, tail)} not fill a vector: the last vector starts at {Format(n - lanes)} and overlaps the one before;");
                    w.Line("// it is loaded before anything is written (y may alias x).");
                    w.Line($"{vector} last = {Load("xStart", Format(n - lanes))};");
                    w.Line();
                }

                w.Line("// Row maximum, lane-wise in two accumulators, then across the lanes; subtracted before exp.");
                w.Line($"{vector} maxes = {(tail > 0 ? "last" : $"{Vector256}.Create({t.NegativeInfinity})")}, maxes1 = {Vector256}.Create({t.NegativeInfinity});");
                using (w.Block(pairLoop))
                {
                    w.Line($"maxes = {Vector256}.Max(maxes, {Load("xStart", "j")});");
                    w.Line($"maxes1 = {Vector256}.Max(maxes1, {Load("xStart", $"j + {second}")});");
                }

                if (odd)
                {
                    w.Line($"maxes = {Vector256}.Max(maxes, {Load("xStart", Format(pairs))});");
                }

                w.Line($"maxes = {Vector256}.Max(maxes, maxes1);");
                ReduceMax();
                NonFiniteReturn("SoftmaxRowNonFinite(x, y, max);\nreturn;");
                w.Line("// e = exp(x − max), stored in y and summed lane-wise in two accumulators.");
                w.Line($"{vector} sums = {vector}.Zero, sums1 = {vector}.Zero;");
                using (w.Block(pairLoop))
                {
                    w.Line($"{vector} e = {VectorExp($"{Load("xStart", "j")} - shift")};");
                    w.Line($"{vector} e1 = {VectorExp($"{Load("xStart", $"j + {second}")} - shift")};");
                    w.Line($"{Vector256}.StoreUnsafe(e, ref yStart, j);");
                    w.Line($"{Vector256}.StoreUnsafe(e1, ref yStart, j + {second});");
                    w.Line("sums += e;");
                    w.Line("sums1 += e1;");
                }

                if (odd)
                {
                    w.Line($"{vector} eOdd = {VectorExp($"{Load("xStart", Format(pairs))} - shift")};");
                    w.Line($"{Vector256}.StoreUnsafe(eOdd, ref yStart, {Format(pairs)});");
                    w.Line("sums += eOdd;");
                }

                if (tail > 0)
                {
                    w.Line($"{vector} lastExp = {VectorExp("last - shift")};");
                    w.Line("sums1 += lastExp & NewLanes();");
                }

                w.Line();
                w.Line("// Divide by the row sum.");
                w.Line($"{vector} scale = {Vector256}.Create({t.Literal(1)} / {Vector256}.Sum(sums + sums1));");
                using (w.Block(ForVectors(full)))
                {
                    w.Line($"{Vector256}.StoreUnsafe({Load("yStart", "j")} * scale, ref yStart, j);");
                }

                if (tail > 0)
                {
                    StoreLast("y", "yStart", "lastExp * scale", overlap: true, full, tail);
                }

                return;
            }

            Refs(("y", "yStart"), ("dy", "dyStart"), ("dx", "dxStart"));
            if (tail > 0)
            {
                w.Line($"// {Entries(full, tail)} not fill a vector: the last vectors start at {Format(n - lanes)} and overlap the ones before;");
                w.Line("// they are loaded before anything is written (dx may alias dy).");
                w.Line($"{vector} yLast = {Load("yStart", Format(n - lanes))}, dyLast = {Load("dyStart", Format(n - lanes))};");
                w.Line();
            }

            w.Line("// ⟨y, dy⟩, lane-wise in two accumulators and then across the lanes.");
            w.Line($"{vector} dots = {(tail > 0 ? "(yLast * dyLast) & NewLanes()" : vector + ".Zero")}, dots1 = {vector}.Zero;");
            using (w.Block(pairLoop))
            {
                w.Line($"dots = {Vector256}.MultiplyAddEstimate({Load("yStart", "j")}, {Load("dyStart", "j")}, dots);");
                w.Line($"dots1 = {Vector256}.MultiplyAddEstimate({Load("yStart", $"j + {second}")}, {Load("dyStart", $"j + {second}")}, dots1);");
            }

            if (odd)
            {
                w.Line($"dots = {Vector256}.MultiplyAddEstimate({Load("yStart", Format(pairs))}, {Load("dyStart", Format(pairs))}, dots);");
            }

            w.Line();
            w.Line("// dx = y ⊙ (dy − ⟨y, dy⟩): the Jacobian diag(y) − y yᵀ is never formed.");
            w.Line($"{vector} dot = {Vector256}.Create({Vector256}.Sum(dots + dots1));");
            using (w.Block(ForVectors(full)))
            {
                w.Line($"{Vector256}.StoreUnsafe({Load("yStart", "j")} * ({Load("dyStart", "j")} - dot), ref dxStart, j);");
            }

            if (tail > 0)
            {
                StoreLast("dx", "dxStart", "yLast * (dyLast - dot)", overlap: true, full, tail);
            }
        }

        /// <summary>Combines the terms pairwise (a balanced tree keeps the dependency chain short).</summary>
        private static string Tree(List<string> terms, System.Func<string, string, string> combine)
        {
            while (terms.Count > 1)
            {
                var next = new List<string>();
                for (int i = 0; i < terms.Count; i += 2)
                {
                    next.Add(i + 1 < terms.Count ? combine(terms[i], terms[i + 1]) : terms[i]);
                }

                terms = next;
            }

            return terms[0];
        }

        private string VectorExp(string argument) => t.Name == "float" ? $"Exp256({argument})" : $"{Vector256}.Exp({argument})";

        /// <summary>
        /// Declares <paramref name="name"/>: the last vector of the row, loaded before anything is written. With
        /// <paramref name="overlap"/> it starts at n − lanes and overlaps the full vectors; otherwise it holds the whole
        /// (short) row padded with <paramref name="padding"/>, a value that changes neither the maximum nor the sums.
        /// </summary>
        private void LoadLast(string span, string start, string name, bool overlap, int full, int tail, string padding, string? aliasNote)
        {
            if (tail == 0)
            {
                return;
            }

            string vector = t.Vector;
            if (overlap)
            {
                if (aliasNote is not null)
                {
                    w.Line($"// {Entries(full, tail)} not fill a vector: the last vector starts at {Format(n - t.Lanes)} and overlaps the one before;");
                    w.Line($"// it is loaded before anything is written ({aliasNote}).");
                }

                w.Line($"{vector} {name} = {Vector256}.LoadUnsafe(ref {start}, {Format(n - t.Lanes)});");
            }
            else
            {
                if (aliasNote is not null)
                {
                    w.Line($"// The row is shorter than a vector: read it once, before anything is written ({aliasNote}),");
                    w.Line($"// padded with {(padding == Zero ? "0" : "-∞")}, which changes neither the maximum nor the sums.");
                }

                w.Line($"{vector} {name} = {TailVector(span, full, tail, padding)};");
            }

            if (aliasNote is null || span == "x")
            {
                w.Line();
            }
        }

        private void StoreLast(string span, string start, string value, bool overlap, int full, int tail)
        {
            w.Line();
            if (overlap)
            {
                w.Line($"// The overlapping lanes get the same values again.");
                w.Line($"{Vector256}.StoreUnsafe({value}, ref {start}, {Format(n - t.Lanes)});");
                return;
            }

            w.Line($"{t.Vector} result = {value};");
            for (int lane = 0; lane < tail; lane++)
            {
                w.Line($"{span}[{Format(full + lane)}] = {Vector256}.GetElement(result, {Format(lane)});");
            }
        }

        private void ScalarMax(string x)
        {
            w.Line("// Row maximum, subtracted before exp so that exp never overflows.");
            w.Line($"{T} max = {x}[0];");
            using (w.Block($"for (int j = 1; j < {N}; j++)"))
            {
                w.Line($"max = {MathMax}(max, {x}[j]);");
            }

            w.Line();
        }

        private void UnrolledMax()
        {
            w.Line("// Row maximum, subtracted before exp so that exp never overflows.");
            w.Line($"{T} max = x0;");
            for (int j = 1; j < n; j++)
            {
                w.Line($"max = {MathMax}(max, x{Format(j)});");
            }

            w.Line();
        }

        private void UnrolledExp()
        {
            for (int j = 0; j < n; j++)
            {
                w.Line($"{T} e{Format(j)} = {Exp($"x{Format(j)} - max")};");
            }

            w.Line();
        }

        private void NonFiniteReturn(string body)
        {
            w.Line("// NaN or ±∞ somewhere in the row: rare, handled apart.");
            using (w.Block($"if (!{T}.IsFinite(max))"))
            {
                w.Lines(body);
            }

            w.Line();
        }

        private void LossReturn()
        {
            w.Line("// −log softmax(x)[label] = log Σ exp(x − max) − (x[label] − max): the log-sum-exp never overflows.");
            w.Line($"return {t.Math}.Log(sum) - (target - max);");
        }

        /// <summary>Declares x0 = x[0], … (four per line).</summary>
        private void Locals(string span, string prefix)
        {
            for (int start = 0; start < n; start += 4)
            {
                IEnumerable<string> parts = Enumerable.Range(start, System.Math.Min(4, n - start))
                    .Select(j => $"{prefix}{Format(j)} = {span}[{Format(j)}]");
                w.Line($"{T} {string.Join(", ", parts)};");
            }

            w.Line();
        }

        private string Sum(string prefix) => string.Join(" + ", Enumerable.Range(0, n).Select(j => prefix + Format(j)));

        private void Refs(params (string Span, string Ref)[] refs)
        {
            foreach ((string span, string name) in refs)
            {
                w.Line($"ref {T} {name} = ref {MemoryMarshal}.GetReference({span});");
            }

            w.Line();
        }

        private void VectorMax(int full, bool hasLast, string start)
        {
            w.Line("// Row maximum, lane-wise over the vectors, then across the lanes; subtracted before exp.");
            w.Line($"{t.Vector} maxes = {(hasLast ? "last" : Vector256 + ".Create(" + t.NegativeInfinity + ")")};");
            if (full > 0)
            {
                using (w.Block(ForVectors(full)))
                {
                    w.Line($"maxes = {Vector256}.Max(maxes, {Vector256}.LoadUnsafe(ref {start}, j));");
                }
            }

            ReduceMax();
        }

        /// <summary>Reduces <c>maxes</c> across its lanes into <c>shift</c> (every lane) and <c>max</c>.</summary>
        private void ReduceMax()
        {
            w.Line();
            w.Line("// Pairwise maxima with swapped halves, quarters (and eighths) leave the maximum in every lane.");
            string[] shuffles = t.Lanes == 8
                ? ["4, 5, 6, 7, 0, 1, 2, 3", "2, 3, 0, 1, 6, 7, 4, 5", "1, 0, 3, 2, 5, 4, 7, 6"]
                : ["2L, 3L, 0L, 1L", "1L, 0L, 3L, 2L"];
            foreach (string shuffle in shuffles)
            {
                w.Line($"maxes = {Vector256}.Max(maxes, {Vector256}.Shuffle(maxes, {Vector256}.Create({shuffle})));");
            }

            w.Line($"{t.Vector} shift = maxes;");
            w.Line($"{T} max = {Vector256}.ToScalar(maxes);");
            w.Line();
        }

        private static string Entries(int full, int tail) =>
            tail == 1 ? $"Entry {Format(full)} does" : $"Entries {Format(full)}..{Format(full + tail - 1)} do";

        private string TailVector(string span, int full, int tail, string padding)
        {
            IEnumerable<string> lanes = Enumerable.Range(0, t.Lanes).Select(lane => lane < tail ? $"{span}[{Format(full + lane)}]" : padding);
            return $"{Vector256}.Create({string.Join(", ", lanes)})";
        }

        private void StoreTail(string span, string vector, int full, int tail)
        {
            for (int lane = 0; lane < tail; lane++)
            {
                w.Line($"{span}[{Format(full + lane)}] = {Vector256}.GetElement({vector}, {Format(lane)});");
            }
        }

        private string ForVectors(int full) => $"for (nuint j = 0; j < {Format(full)}; j += {Format(t.Lanes)})";
    }
}
