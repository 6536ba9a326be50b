using LayerGen.Analyzers.Tests.Verification;
using LayerGen.CodeFixes.Softmax;
using static LayerGen.Analyzers.Tests.Verification.SoftmaxFixHarness;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The LG0003 fix on the element shapes the model reads since HeldOut3 (buffers of records, <c>Unsafe.Add</c> over
/// <c>MemoryMarshal</c> references, <c>ArraySegment</c> rows): LG0003 is reported, and the fix either applies correctly
/// (the fixed code compiles, leaves no LG0003 and matches a per-row softmax on rows offset by ±1000 where the original
/// fails) or is not offered at all (the text stays as it was).
/// </summary>
public class ElementShapesFixTests
{
    public static TheoryData<string> Cases() => new(Subjects.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Lg0003Fix_AppliesCorrectlyOrIsNotOffered(string name)
    {
        var (subject, harness, expectFix) = Subjects[name];
        var diagnostics = await FixRunner.AnalyzeAsync(Compile(subject));
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "LG0003");
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");

        var fixedText = await FixRunner.FixAsync(subject, new UnshiftedExpCodeFixProvider(), References);
        if (!expectFix)
        {
            Assert.Equal(subject, fixedText);
            return;
        }

        Assert.NotEqual(subject, fixedText);
        var remaining = await FixRunner.AnalyzeAsync(Compile(fixedText));
        Assert.DoesNotContain(remaining, diagnostic => diagnostic.Id is "LG0003" or "AD0001");
        AssertFixedMatchesAndOriginalFails(name, subject, harness, fixedText, Axis.Rows, References);
    }

    private static readonly Dictionary<string, (string Subject, string Harness, bool ExpectFix)> Subjects = new()
    {
        ["RefElements_FlatRows"] = ("""
            using System;
            using System.Runtime.CompilerServices;
            using System.Runtime.InteropServices;
            public static class Subject
            {
                public static void Forward(float[] x, float[] y, int rows, int cols)
                {
                    ref float src = ref MemoryMarshal.GetArrayDataReference(x);
                    ref float dst = ref MemoryMarshal.GetArrayDataReference(y);
                    for (int r = 0; r < rows; r++)
                    {
                        float sum = 0f;
                        for (int c = 0; c < cols; c++)
                        {
                            float e = MathF.Exp(Unsafe.Add(ref src, r * cols + c));
                            Unsafe.Add(ref dst, r * cols + c) = e;
                            sum += e;
                        }

                        for (int c = 0; c < cols; c++)
                        {
                            Unsafe.Add(ref dst, r * cols + c) /= sum;
                        }
                    }
                }
            }
            """, FlatHarness("float"), ExpectFix: false),
        ["SegmentRows_InPlace"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(float[] x, float[] y, int rows, int cols)
                {
                    Array.Copy(x, y, x.Length);
                    for (int r = 0; r < rows; r++)
                    {
                        var row = new ArraySegment<float>(y, r * cols, cols);
                        float sum = 0f;
                        for (int i = 0; i < row.Count; i++)
                        {
                            row[i] = MathF.Exp(row[i]);
                            sum += row[i];
                        }

                        for (int i = 0; i < row.Count; i++)
                        {
                            row[i] /= sum;
                        }
                    }
                }
            }
            """, FlatHarness("float"), ExpectFix: true),
        ["RecordFields_PerRow"] = ("""
            using System;
            public struct TokenData { public int Id; public double Logit; public double P; }
            public static class Subject
            {
                public static void Forward(double[] x, double[] y)
                {
                    var tokens = new TokenData[x.Length];
                    for (int i = 0; i < x.Length; i++) { tokens[i].Id = i; tokens[i].Logit = x[i]; }
                    double sum = 0;
                    for (int i = 0; i < tokens.Length; i++)
                    {
                        tokens[i].P = Math.Exp(tokens[i].Logit);
                        sum += tokens[i].P;
                    }

                    for (int i = 0; i < tokens.Length; i++)
                    {
                        y[i] = tokens[i].P / sum;
                    }
                }
            }
            """, RowHarness("double", "Subject.Forward(row, outRow);"), ExpectFix: false),
        ["TupleTopAll_PerRow"] = ("""
            using System;
            using System.Linq;
            public static class Subject
            {
                public static void Forward(double[] x, double[] y)
                {
                    var top = x.Select((value, index) => (Value: value, Index: index)).OrderByDescending(t => t.Value).ToArray();
                    double sum = 0;
                    foreach (var (value, index) in top)
                    {
                        y[index] = Math.Exp(value);
                        sum += y[index];
                    }

                    foreach (var (_, index) in top)
                    {
                        y[index] /= sum;
                    }
                }
            }
            """, RowHarness("double", "Subject.Forward(row, outRow);"), ExpectFix: false),
    };
}
