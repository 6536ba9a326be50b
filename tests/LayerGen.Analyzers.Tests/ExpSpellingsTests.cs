using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The exp spellings users write, each in the same three methods: a raw softmax (LG0003 at the exp), a batch softmax
/// whose maximum, written with the same math type, spans the whole batch (LG0001 at the fold), and a correct per-row
/// softmax (silent). Unity's <c>UnityEngine.Mathf</c> cannot be compiled here, so a stub of it is compiled into a
/// separate assembly and referenced as metadata: that is how a game project's code looks to the analyzer (no method
/// bodies to read), and its <c>Mathf.Log</c> of a probability is LG0005.
/// </summary>
public class ExpSpellingsTests
{
    private const string UnityStub = """
        namespace UnityEngine
        {
            public static class Mathf
            {
                public static float Exp(float power) => (float)System.Math.Exp(power);
                public static float Log(float f) => (float)System.Math.Log(f);
                public static float Max(float a, float b) => a > b ? a : b;
                public static float Max(params float[] values) => 0;
            }
        }
        """;

    /// <summary>Spelling of exp, spelling of a two-argument max, the element type, extra usings and type constraints.</summary>
    public static TheoryData<string, string, string, string> Spellings() => new()
    {
        { "UnityEngine.Mathf.Exp({0})", "UnityEngine.Mathf.Max({0}, {1})", "float", "" },
        { "Mathf.Exp({0})", "Mathf.Max({0}, {1})", "float", "using UnityEngine;" },
        { "System.MathF.Exp({0})", "MathF.Max({0}, {1})", "float", "" },
        { "Math.Exp({0})", "Math.Max({0}, {1})", "double", "" },
        { "double.Exp({0})", "double.Max({0}, {1})", "double", "" },
        { "float.Exp({0})", "float.Max({0}, {1})", "float", "" },
        { "Math.Pow(Math.E, {0})", "Math.Max({0}, {1})", "double", "" },
        { "(float)Math.Pow(Math.E, {0})", "MathF.Max({0}, {1})", "float", "" },

        // A constant base b > 0, b ≠ 1 is exp(v · ln b): 10^GL posteriors, base-2 scores (a base below 1 negates the
        // exponent; a shift is still what bounds it).
        { "Math.Pow(10.0, {0})", "Math.Max({0}, {1})", "double", "" },
        { "MathF.Pow(2f, {0})", "MathF.Max({0}, {1})", "float", "" },
        { "Math.Pow(0.5, {0})", "Math.Max({0}, {1})", "double", "" },
        { "double.Exp10({0})", "double.Max({0}, {1})", "double", "" },
        { "float.Exp2({0})", "float.Max({0}, {1})", "float", "" },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public Task EverySpellingIsAnExp(string exp, string max, string type, string usings) => AssertMarkedAsync(usings + $$"""

        using System;
        static class S
        {
            static void Raw({{type}}[] x, {{type}}[] y)
            {
                {{type}} sum = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = {{Format(exp, "x[i]")}}; sum += y[i]; } //~ LG0003
                for (int i = 0; i < x.Length; i++) y[i] /= sum;
            }

            static void BatchMax({{type}}[,] x, {{type}}[,] y)
            {
                {{type}} m = {{type}}.NegativeInfinity;
                for (int r = 0; r < x.GetLength(0); r++)
                    for (int c = 0; c < x.GetLength(1); c++)
                        m = {{Format(max, "m", "x[r, c]")}}; //~ LG0001
                for (int r = 0; r < x.GetLength(0); r++)
                {
                    {{type}} sum = 0;
                    for (int c = 0; c < x.GetLength(1); c++) { y[r, c] = {{Format(exp, "x[r, c] - m")}}; sum += y[r, c]; }
                    for (int c = 0; c < x.GetLength(1); c++) y[r, c] /= sum;
                }
            }

            static void PerRow({{type}}[,] x, {{type}}[,] y)
            {
                for (int r = 0; r < x.GetLength(0); r++)
                {
                    {{type}} m = {{type}}.NegativeInfinity;
                    for (int c = 0; c < x.GetLength(1); c++) m = {{Format(max, "m", "x[r, c]")}};
                    {{type}} sum = 0;
                    for (int c = 0; c < x.GetLength(1); c++) { y[r, c] = {{Format(exp, "x[r, c] - m")}}; sum += y[r, c]; }
                    for (int c = 0; c < x.GetLength(1); c++) y[r, c] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task GenericMathExp_RawAndShifted() => AssertMarkedAsync("""
        using System.Numerics;
        static class S
        {
            static void Raw<T>(T[] x, T[] y) where T : IExponentialFunctions<T>
            {
                T sum = T.Zero;
                for (int i = 0; i < x.Length; i++) { y[i] = T.Exp(x[i]); sum += y[i]; } //~ LG0003
                for (int i = 0; i < x.Length; i++) y[i] /= sum;
            }

            static void Shifted<T>(T[] x, T[] y) where T : IExponentialFunctions<T>, INumber<T>
            {
                T m = x[0];
                for (int i = 1; i < x.Length; i++) m = T.Max(m, x[i]);
                T sum = T.Zero;
                for (int i = 0; i < x.Length; i++) { y[i] = T.Exp(x[i] - m); sum += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= sum;
            }
        }
        """);

    [Fact]
    public Task TensorPrimitivesExp_RawAndShifted() => AssertMarkedAsync("""
        using System;
        using System.Numerics.Tensors;
        static class S
        {
            static void Raw(float[] x, float[] y)
            {
                TensorPrimitives.Exp(x, y); //~ LG0003
                float sum = TensorPrimitives.Sum(y);
                TensorPrimitives.Divide(y, sum, y);
            }

            static void Shifted(float[] x, float[] y)
            {
                float m = TensorPrimitives.Max(x);
                TensorPrimitives.Subtract(x, m, y);
                TensorPrimitives.Exp(y, y);
                float sum = TensorPrimitives.Sum(y);
                TensorPrimitives.Divide(y, sum, y);
            }
        }
        """);

    [Fact]
    public Task PowerOfAVariableOrOfOne_IsNoExp() => AssertMarkedAsync("""
        using System;
        static class S
        {
            // x² / Σ x² and 1^x / Σ 1^x are normalisations, but of no exponential: nothing overflows like exp.
            static void Squares(double[] x, double[] y)
            {
                double t = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Pow(x[i], 2); t += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= t;
            }

            static void BaseOne(double[] x, double[] y)
            {
                double t = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Pow(1.0, x[i]); t += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= t;
            }

            // Pow(0.5, d - min): the exponent enters negated, so the minimum is the shift (silent); Pow(0.5, d) is raw.
            static void HalfBase(float[] d, float[] p)
            {
                float lo = float.PositiveInfinity;
                for (int i = 0; i < d.Length; i++) lo = MathF.Min(lo, d[i]);
                float t = 0;
                for (int i = 0; i < d.Length; i++) { p[i] = MathF.Pow(0.5f, d[i] - lo); t += p[i]; }
                for (int i = 0; i < d.Length; i++) p[i] /= t;
            }

            static void HalfBaseRaw(float[] d, float[] p)
            {
                float t = 0;
                for (int i = 0; i < d.Length; i++) { p[i] = MathF.Pow(0.5f, d[i]); t += p[i]; } //~ LG0003
                for (int i = 0; i < d.Length; i++) p[i] /= t;
            }
        }
        """);

    [Fact]
    public Task UnityMathfLogOfAProbability_IsLG0005() => AssertMarkedAsync("""
        using UnityEngine;
        static class S
        {
            static float CrossEntropy(float[] logits, int label)
            {
                float m = float.NegativeInfinity;
                for (int i = 0; i < logits.Length; i++) m = Mathf.Max(m, logits[i]);
                var p = new float[logits.Length];
                float sum = 0;
                for (int i = 0; i < logits.Length; i++) { p[i] = Mathf.Exp(logits[i] - m); sum += p[i]; }
                for (int i = 0; i < logits.Length; i++) p[i] /= sum;
                return -Mathf.Log(p[label]); //~ LG0005
            }
        }
        """);

    private static string Format(string pattern, params string[] arguments) => string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, arguments);

    private static Task AssertMarkedAsync(string source) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync(source, FixRunner.CompileRecreation(source).AddReferences(UnityReference.Value));

    /// <summary>The Unity stub as a metadata reference: compiled in memory once, never written to disk.</summary>
    private static readonly Lazy<MetadataReference> UnityReference = new(() =>
    {
        var stub = CSharpCompilation.Create(
            "UnityEngine",
            new[] { CSharpSyntaxTree.ParseText(UnityStub) },
            TestReferences.Net100,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = stub.Emit(image);
        Assert.True(emitted.Success, string.Join("; ", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    });
}
