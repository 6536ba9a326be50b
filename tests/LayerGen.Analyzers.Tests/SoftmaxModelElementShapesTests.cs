using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on the element shapes added for HeldOut3 (issue 8), separate from the rules: a numeric member of
/// an element of a buffer of records is that element; <c>Unsafe.Add(ref b, i)</c> over a <c>MemoryMarshal</c> reference
/// is an element access (a ref local per row a slice); <c>ArraySegment</c> and <c>Memory</c> rows are slices of their
/// array. Each shape is checked on an unshifted and a shifted form.
/// </summary>
public class SoftmaxModelElementShapesTests
{
    [Fact]
    public void RecordMembers_AreTheElements_WithTheBuffersDimension()
    {
        var models = DescribeMethods("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            public struct Token { public int Id; public float Logit; public float P; }
            public sealed record Candidate(int Start, double Score);
            static class C {
                static void RefStructs(Span<Token> t) {
                    float sum = 0f;
                    foreach (ref Token c in t) { c.P = MathF.Exp(c.Logit); sum += c.P; }
                    foreach (ref Token c in t) c.P /= sum;
                }
                static double[] Records(IReadOnlyList<Candidate> n) {
                    double m = n.Max(c => c.Score);
                    var e = n.Select(c => Math.Exp(c.Score - m)).ToArray();
                    double s = e.Sum();
                    return e.Select(v => v / s).ToArray();
                }
                static void Tuples((double Value, int Index)[] top, double[] p) {
                    double s = 0;
                    for (int i = 0; i < top.Length; i++) { p[i] = Math.Exp(top[i].Value); s += p[i]; }
                    for (int i = 0; i < top.Length; i++) p[i] /= s;
                }
            }
            """);
        Assert.Equal("site c.P /= sum | dims {t.whole} | sum sum {t.whole} | exps 1", models["RefStructs"].Trim());
        Assert.Equal("site v / s | dims {n.whole} | sum s {n.whole} | max m {n.whole} | exps 1", models["Records"].Trim());
        Assert.Equal("site p[i] /= s | dims {p.s:1} | sum s {p.s:1} | exps 1", models["Tuples"].Trim());
    }

    [Fact]
    public void RecordMember_ExpArgument_IsRawUnlessShiftedByAMaximumOfTheMember()
    {
        const string template = """
            using System;
            public struct Token { public float Logit; public float P; }
            static class C {
                static void F(Token[] t) {
                    float m = float.NegativeInfinity;
                    for (int i = 0; i < t.Length; i++) m = MathF.Max(m, t[i].Logit);
                    float s = 0f;
                    for (int i = 0; i < t.Length; i++) { t[i].P = MathF.Exp(ARGUMENT); s += t[i].P; }
                    for (int i = 0; i < t.Length; i++) t[i].P /= s;
                }
            }
            """;
        var raw = BuildMethod(template.Replace("ARGUMENT", "t[i].Logit", StringComparison.Ordinal), "F");
        var rawExp = Assert.Single(Assert.Single(raw.Sites).Exps);
        Assert.Contains(raw.ExpArgument(rawExp).RawRoots, root => root.Name == "t");
        Assert.False(raw.IsShiftedByAMaximum(rawExp));

        var shifted = BuildMethod(template.Replace("ARGUMENT", "t[i].Logit - m", StringComparison.Ordinal), "F");
        Assert.True(shifted.IsShiftedByAMaximum(Assert.Single(Assert.Single(shifted.Sites).Exps)));
    }

    [Fact]
    public void UnsafeAddOverMemoryMarshalReferences_IsAnElementAccess_AndARowRefIsASlice()
    {
        var models = DescribeMethods("""
            using System;
            using System.Runtime.CompilerServices;
            using System.Runtime.InteropServices;
            static class C {
                static void Flat(float[] x, float[] y, int rows, int cols) {
                    ref float src = ref MemoryMarshal.GetArrayDataReference(x);
                    ref float dst = ref MemoryMarshal.GetArrayDataReference(y);
                    for (int r = 0; r < rows; r++) {
                        float m = float.NegativeInfinity;
                        for (int c = 0; c < cols; c++) m = MathF.Max(m, Unsafe.Add(ref src, r * cols + c));
                        float s = 0f;
                        for (int c = 0; c < cols; c++) { Unsafe.Add(ref dst, r * cols + c) = MathF.Exp(Unsafe.Add(ref src, r * cols + c) - m); s += Unsafe.Add(ref dst, r * cols + c); }
                        for (int c = 0; c < cols; c++) Unsafe.Add(ref dst, r * cols + c) /= s;
                    }
                }
                static void RowRef(double[] x, int rows, int cols) {
                    ref double start = ref MemoryMarshal.GetArrayDataReference(x);
                    double s = 0;
                    for (int r = 0; r < rows; r++) {
                        ref double row = ref Unsafe.Add(ref start, r * cols);
                        for (int c = 0; c < cols; c++) { Unsafe.Add(ref row, c) = Math.Exp(Unsafe.Add(ref row, c)); s += Unsafe.Add(ref row, c); }
                        for (int c = 0; c < cols; c++) Unsafe.Add(ref row, c) /= s;
                    }
                }
            }
            """);
        Assert.Equal("site Unsafe.Add(ref dst, r * cols + c) /= s | dims {x.s:1,x.s:cols} | sum s {x.s:1} | max m {x.s:1} | exps 1", models["Flat"].Trim());

        // The sum is never reset per row: it folds the row stride too (what LG0002 reports).
        Assert.Equal("site Unsafe.Add(ref row, c) /= s | dims {x.s:1,x.s:cols} | sum s {x.s:1,x.s:cols} partial | exps 1", models["RowRef"].Trim());
    }

    [Fact]
    public void ArraySegmentAndMemoryRows_AreRowSlicesOfTheirArray()
    {
        var models = DescribeMethods("""
            using System;
            static class C {
                static void Segment(float[] b, int rows, int cols) {
                    for (int r = 0; r < rows; r++) {
                        var row = new ArraySegment<float>(b, r * cols, cols);
                        float s = 0f;
                        for (int i = 0; i < row.Count; i++) { row[i] = MathF.Exp(row[i]); s += row[i]; }
                        for (int i = 0; i < row.Count; i++) row[i] /= s;
                    }
                }
                static void Memory(double[] b, int rows, int cols) {
                    for (int r = 0; r < rows; r++) {
                        Span<double> row = new Memory<double>(b, r * cols, cols).Span;
                        double s = 0;
                        for (int i = 0; i < row.Length; i++) { row[i] = Math.Exp(row[i]); s += row[i]; }
                        for (int i = 0; i < row.Length; i++) row[i] /= s;
                    }
                }
            }
            """);
        Assert.Equal("site row[i] /= s | dims {b.s:1,b.s:cols} | sum s {b.s:1} | exps 1", models["Segment"].Trim());
        Assert.Equal("site row[i] /= s | dims {b.s:1,b.s:cols} | sum s {b.s:1} | exps 1", models["Memory"].Trim());
    }

    private static Dictionary<string, string> DescribeMethods(string source) => ModelDescriptions.Of(source);

    private static SoftmaxModel BuildMethod(string source, string name) => ModelDescriptions.Method(source, name);
}
