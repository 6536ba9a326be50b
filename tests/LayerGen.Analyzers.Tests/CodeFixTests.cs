using LayerGen.CodeFixes.Softmax;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>"Use the maximum/sum of each softmax slice" and "Normalise each row" on the row-major cases: exact output, Fix All, and no fix for shapes it cannot rewrite.</summary>
public class CodeFixTests
{
    [Theory]
    [MemberData(nameof(FixCases.Names), MemberType = typeof(FixCases))]
    public Task Fix_ProducesExpectedText(string name)
    {
        var fixCase = FixCases.Get(name);
        return Verify.CodeFixAsync(fixCase.Source, fixCase.Fixed, withTensorPrimitives: fixCase.NeedsTensorPrimitives);
    }

    [Theory]
    [MemberData(nameof(FixCases.Names), MemberType = typeof(FixCases))]
    public Task FixedText_HasNoDiagnostic(string name)
    {
        var fixCase = FixCases.Get(name);
        return Verify.AnalyzerAsync(fixCase.Fixed + (fixCase.NeedsTensorPrimitives ? "\n" + TestReferences.TensorPrimitivesStandIn : string.Empty));
    }

    /// <summary>A whole-batch softmax (LG0008) gets one action that repairs its maximum and its sum together.</summary>
    [Fact]
    public Task WholeBatchFixRepairsMaximumAndSumInOneAction() =>
        Verify.CodeFixAsync(FixCases.RectangularBothBugs.Source, FixCases.RectangularBothBugs.Fixed, SliceReductionCodeFixProvider.PerRowTitle);

    [Fact]
    public Task FixAll_TwoMethodsInTwoDocuments()
    {
        var first = FixCases.RectangularBothBugs;
        var second = FixCases.JaggedSelectManyAndGlobalSum;
        var secondSource = second.Source.Replace("class Subject", "class Other", StringComparison.Ordinal);
        var secondFixed = second.Fixed.Replace("class Subject", "class Other", StringComparison.Ordinal);
        return Verify.CodeFixAllAsync(new[] { (first.Source, first.Fixed), (secondSource, secondFixed) }, incrementalIterations: 2);
    }

    [Fact]
    public Task FixAll_TwoMethodsInOneDocument()
    {
        const string source = """
            using System;

            public static class Subject
            {
                public static void First(float[,] x, float[,] y)
                {
                    float max = float.MinValue;
                    for (int i = 0; i < x.GetLength(0); i++)
                        for (int j = 0; j < x.GetLength(1); j++)
                            {|LG0001:max = Math.Max(max, x[i, j])|};
                    for (int i = 0; i < x.GetLength(0); i++)
                    {
                        float sum = 0;
                        for (int j = 0; j < x.GetLength(1); j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                        for (int j = 0; j < x.GetLength(1); j++) y[i, j] /= sum;
                    }
                }

                public static void Second(double[,] x, double[,] y)
                {
                    double max = double.MinValue;
                    for (int i = 0; i < x.GetLength(0); i++)
                        for (int j = 0; j < x.GetLength(1); j++)
                            {|LG0001:max = Math.Max(max, x[i, j])|};
                    for (int i = 0; i < x.GetLength(0); i++)
                    {
                        double sum = 0;
                        for (int j = 0; j < x.GetLength(1); j++) { y[i, j] = Math.Exp(x[i, j] - max); sum += y[i, j]; }
                        for (int j = 0; j < x.GetLength(1); j++) y[i, j] /= sum;
                    }
                }
            }
            """;
        const string fixedSource = """
            using System;

            public static class Subject
            {
                public static void First(float[,] x, float[,] y)
                {
                    for (int i = 0; i < x.GetLength(0); i++)
                    {
                        float sum = 0;
                        float max = float.NegativeInfinity;
                        for (int j = 0; j < x.GetLength(1); j++)
                            max = MathF.Max(max, x[i, j]);
                        for (int j = 0; j < x.GetLength(1); j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                        for (int j = 0; j < x.GetLength(1); j++) y[i, j] /= sum;
                    }
                }

                public static void Second(double[,] x, double[,] y)
                {
                    for (int i = 0; i < x.GetLength(0); i++)
                    {
                        double sum = 0;
                        double max = double.NegativeInfinity;
                        for (int j = 0; j < x.GetLength(1); j++)
                            max = Math.Max(max, x[i, j]);
                        for (int j = 0; j < x.GetLength(1); j++) { y[i, j] = Math.Exp(x[i, j] - max); sum += y[i, j]; }
                        for (int j = 0; j < x.GetLength(1); j++) y[i, j] /= sum;
                    }
                }
            }
            """;
        return Verify.CodeFixAllAsync(new[] { (source, fixedSource) }, incrementalIterations: 2);
    }

    /// <summary>The global max stays (it is returned); each slice gets its own, under a new name.</summary>
    [Fact]
    public Task Fix_KeepsAGlobalMaxThatIsAlsoReadElsewhere() => Verify.CodeFixAsync("""
        using System;

        public static class Subject
        {
            public static float Softmax(float[,] x, float[,] y)
            {
                float max = float.MinValue;
                for (int i = 0; i < x.GetLength(0); i++)
                    for (int j = 0; j < x.GetLength(1); j++)
                        {|LG0001:max = Math.Max(max, x[i, j])|};
                for (int i = 0; i < x.GetLength(0); i++)
                {
                    float sum = 0;
                    for (int j = 0; j < x.GetLength(1); j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < x.GetLength(1); j++) y[i, j] /= sum;
                }
                return max;
            }
        }
        """, """
        using System;

        public static class Subject
        {
            public static float Softmax(float[,] x, float[,] y)
            {
                float max = float.MinValue;
                for (int i = 0; i < x.GetLength(0); i++)
                    for (int j = 0; j < x.GetLength(1); j++)
                        max = Math.Max(max, x[i, j]);
                for (int i = 0; i < x.GetLength(0); i++)
                {
                    float sum = 0;
                    float sliceMax = float.NegativeInfinity;
                    for (int j = 0; j < x.GetLength(1); j++)
                        sliceMax = MathF.Max(sliceMax, x[i, j]);
                    for (int j = 0; j < x.GetLength(1); j++) { y[i, j] = MathF.Exp(x[i, j] - sliceMax); sum += y[i, j]; }
                    for (int j = 0; j < x.GetLength(1); j++) y[i, j] /= sum;
                }
                return max;
            }
        }
        """);

    [Fact]
    public Task NoFix_WhenTheDividedBufferIsWrittenInTheSameColumnLoop() => Verify.NoCodeFixAsync("""
        using System;

        public static class Subject
        {
            public static void Softmax(float[,] x, float[,] y)
            {
                float sum = 0;
                for (int i = 0; i < x.GetLength(0); i++)
                    for (int j = 0; j < x.GetLength(1); j++)
                        {|LG0008:sum += {|LG0003:MathF.Exp(x[i, j])|}|};
                for (int i = 0; i < x.GetLength(0); i++)
                {
                    for (int j = 0; j < x.GetLength(1); j++)
                    {
                        y[i, j] = {|LG0003:MathF.Exp(x[i, j])|};
                        y[i, j] /= sum;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Fix_ReplacesAnInlineReduction() => Verify.CodeFixAsync("""
        using System;
        using System.Linq;

        public static class Subject
        {
            public static void Softmax(float[,] x, float[,] y)
            {
                for (int i = 0; i < x.GetLength(0); i++)
                {
                    float sum = 0;
                    for (int j = 0; j < x.GetLength(1); j++)
                    {
                        y[i, j] = MathF.Exp(x[i, j] - {|LG0001:x.Cast<float>().Max()|});
                        sum += y[i, j];
                    }

                    for (int j = 0; j < x.GetLength(1); j++)
                        y[i, j] /= sum;
                }
            }
        }
        """, """
        using System;
        using System.Linq;

        public static class Subject
        {
            public static void Softmax(float[,] x, float[,] y)
            {
                for (int i = 0; i < x.GetLength(0); i++)
                {
                    float sum = 0;
                    float sliceMax = float.NegativeInfinity;
                    for (int j = 0; j < x.GetLength(1); j++)
                        sliceMax = MathF.Max(sliceMax, x[i, j]);
                    for (int j = 0; j < x.GetLength(1); j++)
                    {
                        y[i, j] = MathF.Exp(x[i, j] - sliceMax);
                        sum += y[i, j];
                    }

                    for (int j = 0; j < x.GetLength(1); j++)
                        y[i, j] /= sum;
                }
            }
        }
        """);
}
