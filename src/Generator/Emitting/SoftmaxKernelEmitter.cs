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

    /// <summary>The variants emitted for <paramref name="size"/>: one, or Vector256 with its scalar fallback.</summary>
    public static IReadOnlyList<KernelKind> VariantsFor(KernelKind kernel, int size) => kernel switch
    {
        KernelKind.Runtime => [],
        KernelKind.Scalar => [KernelKind.Scalar],
        KernelKind.Unrolled => [KernelKind.Unrolled],
        KernelKind.Vector256 => [KernelKind.Vector256, KernelKind.Scalar],
        _ => size <= LayerValidator.MaxUnrolledSize ? [KernelKind.Unrolled] : [KernelKind.Vector256, KernelKind.Scalar],
    };

    /// <summary>Emits the helpers a class needs for rows of <paramref name="size"/> entries.</summary>
    public static void Emit(CodeWriter w, NumericType t, KernelKind kernel, int size, bool forward, bool gradient, bool loss)
    {
        IReadOnlyList<KernelKind> variants = VariantsFor(kernel, size);
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
            w.Line($"/// <summary>{what}: <c>Vector256</c> code when accelerated, else scalar loops.</summary>");
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
                w.Line($"{ret}{baseName}{Suffix(KernelKind.Scalar)}({arguments});");
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
            int full = n / lanes * lanes;
            int tail = n - full;
            string vector = t.Vector;
            switch (family)
            {
                case Family.Forward:
                    Refs(("x", "xStart"), ("y", "yStart"));
                    VectorMax(full, tail, "x", "xStart");
                    NonFiniteReturn("SoftmaxRowNonFinite(x, y, max);\nreturn;");
                    w.Line("// e = exp(x − max), stored in y and summed lane-wise.");
                    w.Line($"{vector} shift = {Vector256}.Create(max);");
                    w.Line($"{vector} sums = {vector}.Zero;");
                    if (full > 0)
                    {
                        using (w.Block(ForVectors(full)))
                        {
                            w.Line($"{vector} e = {Vector256}.Exp({Vector256}.LoadUnsafe(ref xStart, j) - shift);");
                            w.Line($"{Vector256}.StoreUnsafe(e, ref yStart, j);");
                            w.Line("sums += e;");
                        }

                        w.Line();
                    }

                    if (tail > 0)
                    {
                        w.Line($"{vector} tailExp = {Vector256}.Exp(tail - shift);");
                        w.Line("sums += tailExp;");
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
                        w.Line();
                        w.Line("tailExp *= scale;");
                        StoreTail("y", "tailExp", full, tail);
                    }

                    break;

                case Family.Gradient:
                    Refs(("y", "yStart"), ("dy", "dyStart"), ("dx", "dxStart"));
                    if (tail > 0)
                    {
                        w.Line($"// {Entries(full, tail)} not fill a vector: read {(tail == 1 ? "it" : "them")} before dx is written (dx may alias dy),");
                        w.Line("// padded with 0, which adds nothing to the dot product.");
                        w.Line($"{vector} yTail = {TailVector("y", full, tail, Zero)};");
                        w.Line($"{vector} dyTail = {TailVector("dy", full, tail, Zero)};");
                        w.Line();
                    }

                    w.Line("// ⟨y, dy⟩, lane-wise then across the lanes.");
                    w.Line($"{vector} dots = {(tail > 0 ? "yTail * dyTail" : vector + ".Zero")};");
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
                        w.Line();
                        w.Line($"{vector} dxTail = yTail * (dyTail - dot);");
                        StoreTail("dx", "dxTail", full, tail);
                    }

                    break;

                default:
                    w.Line($"{T} target = x[label];");
                    Refs(("x", "xStart"), ("dx", "dxStart"));
                    VectorMax(full, tail, "x", "xStart");
                    NonFiniteReturn("return LossRowNonFinite(x, label, dx, invRows, max);");
                    w.Line($"{vector} shift = {Vector256}.Create(max);");
                    w.Line($"{vector} sums = {(tail > 0 ? Vector256 + ".Exp(tail - shift)" : vector + ".Zero")};");
                    w.Line($"{T} sum;");
                    using (w.Block("if (dx.IsEmpty)"))
                    {
                        if (full > 0)
                        {
                            using (w.Block(ForVectors(full)))
                            {
                                w.Line($"sums += {Vector256}.Exp({Vector256}.LoadUnsafe(ref xStart, j) - shift);");
                            }

                            w.Line();
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
                                w.Line($"{vector} e = {Vector256}.Exp({Vector256}.LoadUnsafe(ref xStart, j) - shift);");
                                w.Line($"{Vector256}.StoreUnsafe(e, ref dxStart, j);");
                                w.Line("sums += e;");
                            }

                            w.Line();
                        }

                        w.Line($"sum = {Vector256}.Sum(sums);");
                        w.Line($"{vector} scale = {Vector256}.Create(invRows / sum);");
                        if (full > 0)
                        {
                            using (w.Block(ForVectors(full)))
                            {
                                w.Line($"{Vector256}.StoreUnsafe({Vector256}.LoadUnsafe(ref dxStart, j) * scale, ref dxStart, j);");
                            }

                            w.Line();
                        }

                        if (tail > 0)
                        {
                            w.Line($"{vector} tailGradient = {Vector256}.Exp(tail - shift) * scale;");
                            StoreTail("dx", "tailGradient", full, tail);
                        }

                        w.Line("dx[label] -= invRows;");
                    }

                    w.Line();
                    LossReturn();
                    break;
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

        private void VectorMax(int full, int tail, string x, string start)
        {
            string vector = t.Vector;
            if (tail > 0)
            {
                w.Line($"// {Entries(full, tail)} not fill a vector: read {(tail == 1 ? "it" : "them")} once, before anything is written (the output may");
                w.Line("// alias x), padded with -∞, which changes neither the maximum nor the sum (exp(-∞) = 0).");
                w.Line($"{vector} tail = {TailVector(x, full, tail, t.NegativeInfinity)};");
                w.Line();
            }

            w.Line("// Row maximum, lane-wise over the vectors and then across the lanes; subtracted before exp.");
            w.Line($"{vector} maxes = {(tail > 0 ? "tail" : Vector256 + ".Create(" + t.NegativeInfinity + ")")};");
            if (full > 0)
            {
                using (w.Block(ForVectors(full)))
                {
                    w.Line($"maxes = {Vector256}.Max(maxes, {Vector256}.LoadUnsafe(ref {start}, j));");
                }
            }

            w.Line();
            w.Line($"{T} max = {Vector256}.GetElement(maxes, 0);");
            using (w.Block($"for (int lane = 1; lane < {Format(t.Lanes)}; lane++)"))
            {
                w.Line($"max = {MathMax}(max, {Vector256}.GetElement(maxes, lane));");
            }

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
