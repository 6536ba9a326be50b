using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Members returning a fresh copy of a slice (a Java port's <c>float[] getRow(int i) { float[] r = new float[cols];
/// Array.Copy(storage, i * cols, r, 0, cols); return r; }</c>, also <c>storage.AsSpan(i * cols, cols).CopyTo(r)</c>):
/// the body only writes its own new array and returns it, so the call's value is that slice's elements, read as the
/// view <c>storage.AsSpan(i * cols, cols)</c> at the call (MemberViews.cs binds the parameters and roots the storage
/// per receiver). <c>Array.ConvertAll(z.getRow(i), MathF.Exp)</c> is then an exp of row i of z, as over <c>z[i]</c>.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The copy a member's body makes when it is <c>T[] r = new T[n]; &lt;copy into r&gt;; return r;</c>: the copy call
    /// (whose operands the parameters are bound in) and the view of what it copies, evaluated on demand. Null for any
    /// other body.
    /// </summary>
    private (IOperation Copy, System.Func<BufferView?> View)? CopiedSliceOf(ISymbol member, SemanticModel model)
    {
        if (member is not IMethodSymbol { ReturnType: IArrayTypeSymbol { Rank: 1 } returnType } method
            || !WellKnownSymbols.IsNumeric(returnType.ElementType)
            || method.DeclaringSyntaxReferences is not [var reference] || reference.SyntaxTree != model.SyntaxTree
            || reference.GetSyntax(_cancellationToken) is not MethodDeclarationSyntax
            {
                ExpressionBody: null,
                Body.Statements: [
                    LocalDeclarationStatementSyntax { Declaration.Variables: [{ Initializer.Value: ArrayCreationExpressionSyntax } declarator] },
                    ExpressionStatementSyntax { Expression: InvocationExpressionSyntax copySyntax },
                    ReturnStatementSyntax { Expression: IdentifierNameSyntax returnedName }]
            }
            || returnedName.Identifier.ValueText != declarator.Identifier.ValueText
            || model.GetDeclaredSymbol(declarator, _cancellationToken) is not ILocalSymbol fresh
            || model.GetOperation(copySyntax, _cancellationToken) is not IInvocationOperation copy)
        {
            return null;
        }

        bool IsFresh(IOperation operand) => Unwrap(operand) is ILocalReferenceOperation { Local: var local } && SymbolEqualityComparer.Default.Equals(local, fresh);

        var target = copy.TargetMethod;
        var arguments = copy.Arguments.OrderBy(argument => argument.Parameter?.Ordinal ?? 0).ToList();

        // Array.Copy(source, start, r, 0, n): n elements of source from start, at the start of r.
        if (target is { Name: "Copy", IsStatic: true, ContainingType.SpecialType: SpecialType.System_Array } && arguments.Count == 5
            && IsFresh(arguments[2].Value) && Unwrap(arguments[3].Value) is { ConstantValue: { HasValue: true, Value: 0 or 0L } }
            && !IsFresh(arguments[0].Value))
        {
            return (copy, () => EvalView(arguments[0].Value) is { } source ? SliceView(source, arguments[1].Value, arguments[4].Value) : null);
        }

        // source.AsSpan(start, n).CopyTo(r): the span's elements.
        if (target is { Name: "CopyTo", IsStatic: false } && copy.Instance is { } copied && copy.Arguments.Length == 1
            && IsFresh(copy.Arguments[0].Value) && !copied.DescendantsAndSelf().Any(IsFresh))
        {
            return (copy, () => EvalView(copied));
        }

        return null;
    }
}
