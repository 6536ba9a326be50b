using System.Linq;
using LayerGen.Generator.Model;
using static LayerGen.Generator.Emitting.SourceEmitter;

namespace LayerGen.Generator.Emitting.Kernels;

/// <summary>
/// Writes the size-specific softmax kernels of a class: one <c>file static class SoftmaxN</c> per row size, in the
/// generator's own namespace <c>LayerGen.Generated</c> (beside the runtime's helpers of generated code, such as
/// <c>SoftmaxRow</c>), whose <c>using</c> directives keep the kernel lines short and cannot clash with the user's names. Each helper has batch methods (arguments already checked by the caller) and row kernels.
/// </summary>
internal static class SoftmaxHelperEmitter
{
    public static void Emit(CodeWriter writer, LayerClassModel model)
    {
        NumericType t = NumericType.Of(model.Precision);
        bool vectors = model.Kernels.Any(plan => plan.Primary == KernelVariant.Vector256 || plan.ForwardUsesRuntimeWhenVector512);
        bool dispatchers = model.Kernels.Any(plan => plan.Fallback is not null);
        using (writer.Block("namespace LayerGen.Generated"))
        {
            writer.Line("using global::System;");
            if (dispatchers)
            {
                writer.Line("using global::System.Runtime.CompilerServices;");
            }

            if (vectors)
            {
                writer.Line("using global::System.Runtime.InteropServices;");
                writer.Line("using global::System.Runtime.Intrinsics;");
            }

            foreach (SoftmaxKernelPlan plan in model.Kernels)
            {
                writer.Line();
                EmitHelper(writer, plan, t, model.Identity.Name);
            }
        }
    }

    private static void EmitHelper(CodeWriter writer, SoftmaxKernelPlan plan, NumericType t, string className)
    {
        writer.Doc("summary",
            $"Softmax kernels of {className} for rows of {Format(plan.Size)} {t.Name} values; the caller checks the arguments.");
        writer.Line(GeneratedCodeAttribute);
        using (writer.Block($"file static class {plan.HelperName}"))
        {
            writer.Line($"private const int Size = {Format(plan.Size)};");
            if (plan.Has(SoftmaxFamilies.Forward))
            {
                writer.Line();
                EmitBatchForward(writer, plan, t);
            }

            if (plan.Has(SoftmaxFamilies.Gradient))
            {
                writer.Line();
                EmitBatchGradient(writer, t);
            }

            if (plan.Has(SoftmaxFamilies.Loss))
            {
                writer.Line();
                EmitMeanLoss(writer, t);
            }

            foreach (RowFamily family in RowFamily.All.Where(family => plan.Has(family.Flag)))
            {
                writer.Line();
                EmitFamily(writer, plan, t, family);
            }
        }
    }

    private static void EmitBatchForward(CodeWriter writer, SoftmaxKernelPlan plan, NumericType t)
    {
        writer.Doc("summary", "Writes the softmax of each row of <paramref name=\"x\"/> to <paramref name=\"y\"/>.");
        using (writer.Block($"public static void Forward({t.ReadOnlySpan} x, {t.Span} y)"))
        {
            if (plan.ForwardUsesRuntimeWhenVector512)
            {
                writer.Line("// Measured: for rows this wide the runtime's Vector512 code beats the inline Vector256 code.");
                writer.Line("// Vector512.IsHardwareAccelerated is a JIT-time constant: the other branch is removed.");
                using (writer.Block("if (Vector512.IsHardwareAccelerated)"))
                {
                    writer.Line("global::LayerGen.Softmax.Forward(x, y, Size);");
                    writer.Line("return;");
                }

                writer.Line();
            }

            using (writer.Block("for (int start = 0; start < x.Length; start += Size)"))
            {
                writer.Line("ForwardRow(x.Slice(start, Size), y.Slice(start, Size));");
            }
        }
    }

    private static void EmitBatchGradient(CodeWriter writer, NumericType t)
    {
        writer.Doc("summary", "Writes the softmax gradient <c>dx = y ⊙ (dy − ⟨y, dy⟩)</c> of each row, O(n) per row.");
        using (writer.Block($"public static void Backward({t.ReadOnlySpan} y, {t.ReadOnlySpan} dy, {t.Span} dx)"))
        {
            using (writer.Block("for (int start = 0; start < y.Length; start += Size)"))
            {
                writer.Line("GradientRow(y.Slice(start, Size), dy.Slice(start, Size), dx.Slice(start, Size));");
            }
        }
    }

    private static void EmitMeanLoss(CodeWriter writer, NumericType t)
    {
        writer.Doc("summary", "Mean cross-entropy of the rows; writes <c>(softmax − onehot) / rows</c> to dLogits unless it is empty.");
        using (writer.Method($"public static {t.Name} MeanLoss", t.ReadOnlySpan + " logits", "ReadOnlySpan<int> labels", t.Span + " dLogits"))
        {
            writer.Line($"{t.Name} invRows = {t.Literal(1)} / labels.Length;");
            writer.Line("double total = 0;");
            using (writer.Block("for (int row = 0; row < labels.Length; row++)"))
            {
                writer.Line("int start = row * Size;");
                writer.Line($"{t.Span} gradient = dLogits.IsEmpty ? default : dLogits.Slice(start, Size);");
                writer.Line("total += LossRow(logits.Slice(start, Size), labels[row], gradient, invRows);");
            }

            writer.Line();
            writer.Line($"return ({t.Name})(total / labels.Length);");
        }
    }

    /// <summary>The row kernel of one family: a dispatcher and two variants, or one variant.</summary>
    private static void EmitFamily(CodeWriter writer, SoftmaxKernelPlan plan, NumericType t, RowFamily family)
    {
        string returnType = family.Flag == SoftmaxFamilies.Loss ? t.Name : "void";
        string parameters = family.Parameters(t);
        string what = family.Describe(plan.Size);
        if (plan.Fallback is { } fallback)
        {
            writer.Doc("summary", what + ".");
            writer.Doc("remarks", $"<c>Vector256</c> code when accelerated, else {Describe(fallback)}.");
            writer.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            using (writer.Block($"private static {returnType} {family.Name}({parameters})"))
            {
                writer.Line("// Vector256.IsHardwareAccelerated is a JIT-time constant: only one call survives.");
                if (family.Flag == SoftmaxFamilies.Loss)
                {
                    writer.Line("return Vector256.IsHardwareAccelerated");
                    using (writer.Indent())
                    {
                        writer.Line($"? {family.Name}{KernelVariant.Vector256}({family.Arguments})");
                        writer.Line($": {family.Name}{fallback}({family.Arguments});");
                    }
                }
                else
                {
                    using (writer.Block("if (Vector256.IsHardwareAccelerated)"))
                    {
                        writer.Line($"{family.Name}{KernelVariant.Vector256}({family.Arguments});");
                    }

                    using (writer.Block("else"))
                    {
                        writer.Line($"{family.Name}{fallback}({family.Arguments});");
                    }
                }
            }

            writer.Line();
            EmitVariant(writer, plan, t, family, KernelVariant.Vector256, family.Name + KernelVariant.Vector256, returnType, parameters);
            writer.Line();
            EmitVariant(writer, plan, t, family, fallback, family.Name + fallback, returnType, parameters);
            return;
        }

        EmitVariant(writer, plan, t, family, plan.Primary, family.Name, returnType, parameters);
    }

    private static void EmitVariant(
        CodeWriter writer, SoftmaxKernelPlan plan, NumericType t, RowFamily family, KernelVariant variant, string name, string returnType, string parameters)
    {
        writer.Doc("summary", plan.Fallback is null ? $"{family.Describe(plan.Size)} ({Describe(variant)})." : $"<see cref=\"{family.Name}\"/> in {Describe(variant)}.");
        using (writer.Block($"private static {returnType} {name}({parameters})"))
        {
            IRowKernel kernel = variant switch
            {
                KernelVariant.Unrolled => new UnrolledRowKernel(writer, t, plan.Size),
                KernelVariant.Vector256 => new VectorRowKernel(writer, t, plan.Vector!),
                _ => new ScalarRowKernel(writer, t, plan.Size),
            };
            family.Write(kernel);
        }
    }

    private static string Describe(KernelVariant variant) => variant switch
    {
        KernelVariant.Unrolled => "fully unrolled scalar code",
        KernelVariant.Vector256 => "<c>Vector256</c> code",
        _ => "scalar loops",
    };

    /// <summary>A row kernel family: its flag, method name, parameters and what it computes.</summary>
    private sealed class RowFamily(SoftmaxFamilies flag, string name, string arguments)
    {
        public static readonly RowFamily[] All =
        [
            new(SoftmaxFamilies.Forward, "ForwardRow", "x, y"),
            new(SoftmaxFamilies.Gradient, "GradientRow", "y, dy, dx"),
            new(SoftmaxFamilies.Loss, "LossRow", "x, label, dx, invRows"),
        ];

        public SoftmaxFamilies Flag { get; } = flag;

        public string Name { get; } = name;

        public string Arguments { get; } = arguments;

        public string Parameters(NumericType t) => Flag switch
        {
            SoftmaxFamilies.Forward => $"{t.ReadOnlySpan} x, {t.Span} y",
            SoftmaxFamilies.Gradient => $"{t.ReadOnlySpan} y, {t.ReadOnlySpan} dy, {t.Span} dx",
            _ => $"{t.ReadOnlySpan} x, int label, {t.Span} dx, {t.Name} invRows",
        };

        public string Describe(int size) => Flag switch
        {
            SoftmaxFamilies.Forward => $"Softmax of one row of {Format(size)} entries",
            SoftmaxFamilies.Gradient => $"Softmax gradient <c>dx = y ⊙ (dy − ⟨y, dy⟩)</c> of one row of {Format(size)} entries",
            _ => $"Cross-entropy <c>−log softmax(x)[label]</c> of one row of {Format(size)} logits; its gradient times invRows "
                + "goes to dx unless it is empty",
        };

        public void Write(IRowKernel kernel)
        {
            switch (Flag)
            {
                case SoftmaxFamilies.Forward: kernel.Forward(); break;
                case SoftmaxFamilies.Gradient: kernel.Gradient(); break;
                default: kernel.Loss(); break;
            }
        }
    }
}
