using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on folds computed in a capturing local function and returned to the caller
/// (<c>float m = RowMax();</c>): the call stands for the fold, read as if its body were written where it is called.
/// Each shape is compared with the same code written inline (the local function's accumulator shadows the caller's
/// name, so the descriptions must be identical): a per-row fold stays per-row, a fold over the batch stays one.
/// </summary>
public class SoftmaxModelLocalFoldTests
{
    private const string Exps = "float s = 0f; for (int j = 0; j < cols; j++) { y[r, j] = MathF.Exp(x[r, j] - m); s += y[r, j]; }";
    private const string Divide = "for (int j = 0; j < cols; j++) y[r, j] /= s;";

    [Fact]
    public void RowMaxInALocalFunction_IsThePerRowMax()
    {
        var models = DescribeMethods($$"""
            static void Inline(float[,] x, float[,] y, int rows, int cols) {
                for (int r = 0; r < rows; r++) {
                    float m = float.NegativeInfinity; for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r, j]);
                    {{Exps}} {{Divide}}
                }
            }
            static void Local(float[,] x, float[,] y, int rows, int cols) {
                for (int r = 0; r < rows; r++) {
                    float m = RowMax(); float RowMax() { float m = float.NegativeInfinity; for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r, j]); return m; }
                    {{Exps}} {{Divide}}
                }
            }
            """);
        Assert.Contains("| max m {x.r1} |", models["Inline"], StringComparison.Ordinal);
        Assert.Equal(models["Inline"], models["Local"]);
    }

    [Fact]
    public void BatchMaxInALocalFunction_SpansTheBatch()
    {
        var models = DescribeMethods($$"""
            static void Inline(float[,] x, float[,] y, int rows, int cols) {
                float m = float.NegativeInfinity; for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) m = MathF.Max(m, x[i, j]);
                for (int r = 0; r < rows; r++) { {{Exps}} {{Divide}} }
            }
            static void Local(float[,] x, float[,] y, int rows, int cols) {
                float m = BatchMax(); float BatchMax() { float m = float.NegativeInfinity; for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) m = MathF.Max(m, x[i, j]); return m; }
                for (int r = 0; r < rows; r++) { {{Exps}} {{Divide}} }
            }
            """);
        Assert.Contains("| max m {x.r0,x.r1} |", models["Inline"], StringComparison.Ordinal);
        Assert.Equal(models["Inline"], models["Local"]);
    }

    [Fact]
    public void SumOfExpsWrittenByALocalFunction_IsTheRowSum_AndItsExpsAreTheSites()
    {
        const string max = "float m = float.NegativeInfinity; for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r, j]);";
        var models = DescribeMethods($$"""
            static void Inline(float[,] x, float[,] y, int rows, int cols) {
                for (int r = 0; r < rows; r++) { {{max}} {{Exps}} {{Divide}} }
            }
            static void Local(float[,] x, float[,] y, int rows, int cols) {
                for (int r = 0; r < rows; r++) {
                    {{max}}
                    float s = RowSum(); float RowSum() { float s = 0f; for (int j = 0; j < cols; j++) { y[r, j] = MathF.Exp(x[r, j] - m); s += y[r, j]; } return s; }
                    {{Divide}}
                }
            }
            static void Carried(float[,] x, float[,] y, int rows, int cols) {
                float s = 0f;
                for (int r = 0; r < rows; r++) { {{max}} for (int j = 0; j < cols; j++) { y[r, j] = MathF.Exp(x[r, j] - m); s += y[r, j]; } {{Divide}} }
            }
            static void CarriedLocal(float[,] x, float[,] y, int rows, int cols) {
                float s = Sum(); float Sum() { float s = 0f;
                for (int r = 0; r < rows; r++) { {{max}} for (int j = 0; j < cols; j++) { y[r, j] = MathF.Exp(x[r, j] - m); s += y[r, j]; } {{Divide}} }
                return s; }
            }
            """);
        Assert.Contains("| sum s {x.r1} |", models["Inline"], StringComparison.Ordinal);
        Assert.Equal(models["Inline"], models["Local"]);

        // A sum never reset between rows, the whole loop moved into a local function: the division is inside it.
        Assert.Contains("| sum s {x.r0,x.r1} partial |", models["Carried"], StringComparison.Ordinal);
        Assert.Equal(models["Carried"], models["CarriedLocal"]);
    }

    [Fact]
    public void OnlineDenominatorNeverReset_WithTheRowMaxInALocalFunction_IsCarriedAcrossRows()
    {
        const string step = "float next = MathF.Max(m, x[r, j]); d = d * MathF.Exp(m - next) + MathF.Exp(x[r, j] - next); m = next;";
        var models = DescribeMethods($$"""
            static void Inline(float[,] x, float[,] y, int rows, int cols) {
                float d = 0f;
                for (int r = 0; r < rows; r++) {
                    float m = x[r, 0]; for (int j = 0; j < cols; j++) { {{step}} }
                    for (int j = 0; j < cols; j++) y[r, j] = MathF.Exp(x[r, j] - m) / d;
                }
            }
            static void Local(float[,] x, float[,] y, int rows, int cols) {
                float d = 0f;
                for (int r = 0; r < rows; r++) {
                    float m = RowMax(); float RowMax() { float m = x[r, 0]; for (int j = 0; j < cols; j++) { {{step}} } return m; }
                    for (int j = 0; j < cols; j++) y[r, j] = MathF.Exp(x[r, j] - m) / d;
                }
            }
            """);
        Assert.Equal(models["Inline"], models["Local"]);
        Assert.Contains("| sum d {x.r0,x.r1} partial |", models["Inline"], StringComparison.Ordinal);
    }

    [Fact]
    public void LocalFunctionDeclaredOutsideTheCallersLoop_IsNotReadAsAFoldAtTheCall()
    {
        // Declared outside the row loop and called in it with the row: its loops do not nest in the caller's, and the
        // fold reads a parameter. The call is left to the helper summary (a complete max of the row it is passed).
        var models = DescribeMethods($$"""
            static void Local(float[,] x, float[,] y, int rows, int cols) {
                float RowMax(int row) { float m = float.NegativeInfinity; for (int j = 0; j < cols; j++) m = MathF.Max(m, x[row, j]); return m; }
                for (int r = 0; r < rows; r++) { float m = RowMax(r); {{Exps}} {{Divide}} }
            }
            static void Returned(float[,] x, float[,] y, int rows, int cols) {
                float Value() => 1f;
                for (int r = 0; r < rows; r++) { float m = Value(); {{Exps}} {{Divide}} }
            }
            """);
        Assert.DoesNotContain("| max m {x.r0,x.r1}", models["Local"], StringComparison.Ordinal);
        Assert.DoesNotContain("| max", models["Returned"], StringComparison.Ordinal);
    }

    private static Dictionary<string, string> DescribeMethods(string methods) => ModelDescriptions.Of($$"""
        using System;
        static class C {
        {{methods}}
        }
        """);
}
