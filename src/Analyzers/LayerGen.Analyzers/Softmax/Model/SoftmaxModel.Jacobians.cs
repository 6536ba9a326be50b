using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The softmax Jacobian <c>diag(y) − y yᵀ</c> in a backward pass (LG0006): an outer product <c>y[i] * y[j]</c> of
/// probabilities over two loops on the same axis, either stored into an n×n buffer that is then multiplied by an
/// upstream gradient, or multiplied by the gradient entry by entry inside a sum (O(n²) per slice either way).
/// </summary>
internal sealed partial class SoftmaxModel
{
    private List<JacobianUse>? _jacobians;
    private List<OuterProduct>? _outerProducts;

    /// <summary>Every Jacobian entry computation that feeds a gradient, in source order.</summary>
    public IReadOnlyList<JacobianUse> Jacobians => _jacobians ??= OnlyIfCompiles(FindJacobians());

    /// <summary>Every product <c>y[i] * y[j]</c> of probabilities over two loops on the same axis.</summary>
    private IReadOnlyList<OuterProduct> OuterProducts => _outerProducts ??= FindOuterProducts();

    /// <summary>Buffers into which a Jacobian entry is stored (<c>J[i, j] = …y[i] * y[j]…</c>).</summary>
    public IEnumerable<ISymbol> JacobianBuffers =>
        OuterProducts.Where(product => product.Buffer is not null).Select(product => product.Buffer!).Distinct(SymbolEqualityComparer.Default);

    private List<OuterProduct> FindOuterProducts()
    {
        var result = new List<OuterProduct>();
        if (HasErrors)
        {
            return result;
        }

        foreach (var operation in _operations)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (operation is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } multiply)
            {
                continue;
            }

            var left = ProbabilityLoops(multiply.LeftOperand);
            var right = ProbabilityLoops(multiply.RightOperand);
            var pair = left.Where(first => !right.ContainsKey(first.Key))
                .SelectMany(first => right.Where(second => !left.ContainsKey(second.Key) && SameAxis(first.Value, second.Value))
                    .Select(second => (Row: first.Key, Column: second.Key)))
                .FirstOrDefault();
            if (pair.Row is null)
            {
                continue;
            }

            var top = EntryTop(multiply);
            var buffer = ParentValue(top) is IAssignmentOperation assignment && assignment.Value == UnwrapUp(top) && IsElementAccess(Unwrap(assignment.Target)!)
                && IndexLoops(assignment.Target).SelectMany(loops => loops).ToList() is var loops && loops.Contains(pair.Row) && loops.Contains(pair.Column)
                ? RootOf(assignment.Target)
                : null;
            result.Add(new OuterProduct(multiply, pair.Row, pair.Column, top, buffer, buffer is null ? null : (IAssignmentOperation)ParentValue(top)!));
        }

        return result;
    }

    private List<JacobianUse> FindJacobians()
    {
        var result = new List<JacobianUse>();
        var reportedFills = new HashSet<IOperation>();
        foreach (var product in OuterProducts)
        {
            if (product.Buffer is { } buffer)
            {
                if (reportedFills.Add(product.Fill!) && GradientProductOf(buffer) is { } use)
                {
                    result.Add(new JacobianUse(product, buffer, use));
                }
            }
            else if (FoldedWithGradient(product.Top) is { } fold)
            {
                result.Add(new JacobianUse(product, null, fold));
            }
        }

        return result;
    }

    /// <summary>The entry expression around an outer product: through sums, negations, conditionals and parentheses.</summary>
    private static IOperation EntryTop(IOperation operation)
    {
        var current = operation;
        while (current.Parent is { } parent)
        {
            var climbs = parent switch
            {
                IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply } => true,
                IUnaryOperation or IParenthesizedOperation or IConversionOperation => true,
                IConditionalOperation conditional => conditional.Condition != current,
                _ => false,
            };
            if (!climbs)
            {
                break;
            }

            current = parent;
        }

        return current;
    }

    /// <summary>
    /// The fold that sums an entry times an upstream gradient: <c>acc += entry * dy[j]</c>, <c>dx[i] -= y[i] * y[j] * g[j]</c>,
    /// <c>acc = acc + …</c>; also through one local (<c>double jij = …; acc += jij * dy[j];</c>).
    /// </summary>
    private IOperation? FoldedWithGradient(IOperation top)
    {
        if (HasGradientFactorInside(top) && FoldOf(top) is { } fold)
        {
            return fold;
        }

        if (ParentValue(top) is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } && WritesOf(declarator.Symbol).Count == 1)
        {
            foreach (var operation in _operations)
            {
                if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, declarator.Symbol)
                    && Unwrap(ProductAround(reference)) is { } product && Factors(product).Any(IsGradientFactor) && FoldOf(EntryTop(product)) is { } viaLocal)
                {
                    return viaLocal;
                }
            }
        }

        return null;
    }

    /// <summary>True when some product inside <paramref name="top"/> has an upstream-gradient factor.</summary>
    private bool HasGradientFactorInside(IOperation top) =>
        top.DescendantsAndSelf().OfType<IBinaryOperation>()
            .Any(binary => binary.OperatorKind == BinaryOperatorKind.Multiply && Factors(binary).Any(IsGradientFactor));

    /// <summary>The accumulation that adds <paramref name="top"/> into a variable or element, or null.</summary>
    private IOperation? FoldOf(IOperation top)
    {
        var parent = ParentValue(top);
        if (parent is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } compound && compound.Value == UnwrapUp(top))
        {
            return compound;
        }

        if (parent is ISimpleAssignmentOperation simple && simple.Value == UnwrapUp(top) && VariableOf(simple.Target) is { } target
            && top.DescendantsAndSelf().Any(operation => References(operation, target)))
        {
            return simple;
        }

        return null;
    }

    /// <summary>
    /// A product of the Jacobian buffer with an upstream gradient: here, in another method of the type (a field), or in
    /// a helper of the type it is passed to (<c>MatVec(jacobian, dy, dx)</c>).
    /// </summary>
    private IOperation? GradientProductOf(ISymbol buffer)
    {
        if (GradientProductIn(this, buffer) is { } here)
        {
            return here;
        }

        foreach (var call in Invocations())
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter is { } parameter && SymbolEqualityComparer.Default.Equals(EvalView(argument.Value)?.Root, buffer)
                    && HelperModel(call.TargetMethod) is { } helper && GradientProductIn(helper, parameter) is not null)
                {
                    return call;
                }
            }
        }

        if (buffer is IFieldSymbol && _depth == 0 && Owner is { ContainingType: { } type } owner)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol method && !SymbolEqualityComparer.Default.Equals(method, owner) && Mentions(method, buffer.Name) && NestedModel(method) is { } reader
                    && GradientProductIn(reader, buffer) is { } there)
                {
                    return there;
                }
            }
        }

        return null;
    }

    /// <summary>A cheap syntactic filter: the method's body names <paramref name="name"/>.</summary>
    private bool Mentions(IMethodSymbol method, string name) =>
        method.DeclaringSyntaxReferences.Length == 1 && IsInSource(method.DeclaringSyntaxReferences[0].SyntaxTree)
        && method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken).DescendantTokens()
            .Any(token => token.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken) && token.ValueText == name);

    private static IOperation? GradientProductIn(SoftmaxModel model, ISymbol buffer)
    {
        foreach (var operation in model._operations)
        {
            if (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } multiply
                && (IsTwoLoopRead(model, multiply.LeftOperand, buffer) && model.IsGradientOperand(multiply.RightOperand)
                    || IsTwoLoopRead(model, multiply.RightOperand, buffer) && model.IsGradientOperand(multiply.LeftOperand)))
            {
                return multiply;
            }
        }

        return null;
    }

    /// <summary>An element read of <paramref name="buffer"/> whose index depends on two different loops (not the diagonal).</summary>
    private static bool IsTwoLoopRead(SoftmaxModel model, IOperation operand, ISymbol buffer)
    {
        operand = Unwrap(operand)!;
        return IsElementAccess(operand) && SymbolEqualityComparer.Default.Equals(model.RootOf(operand), buffer)
            && model.IndexLoops(operand).SelectMany(loops => loops).Distinct().Count() >= 2;
    }

    private bool IsGradientOperand(IOperation operand) => Factors(operand).All(factor => !Eval(factor).IsProbability) && Factors(operand).Any(IsGradientFactor);
}

/// <summary>A product <c>y[i] * y[j]</c> of probabilities over two loops of the same axis.</summary>
internal sealed class OuterProduct
{
    public OuterProduct(IOperation product, IOperation rowLoop, IOperation columnLoop, IOperation top, ISymbol? buffer, IAssignmentOperation? fill)
    {
        Product = product;
        RowLoop = rowLoop;
        ColumnLoop = columnLoop;
        Top = top;
        Buffer = buffer;
        Fill = fill;
    }

    public IOperation Product { get; }

    public IOperation RowLoop { get; }

    public IOperation ColumnLoop { get; }

    /// <summary>The Jacobian entry expression the product is part of.</summary>
    public IOperation Top { get; }

    /// <summary>The n×n buffer the entry is stored into; null when it is used on the fly.</summary>
    public ISymbol? Buffer { get; }

    /// <summary>The store into <see cref="Buffer"/>.</summary>
    public IAssignmentOperation? Fill { get; }
}

/// <summary>A softmax Jacobian used in a backward pass: materialised in <see cref="Buffer"/>, or entry by entry.</summary>
internal sealed class JacobianUse
{
    public JacobianUse(OuterProduct entry, ISymbol? buffer, IOperation gradientProduct)
    {
        Entry = entry;
        Buffer = buffer;
        GradientProduct = gradientProduct;
    }

    public OuterProduct Entry { get; }

    public ISymbol? Buffer { get; }

    /// <summary>Where the Jacobian meets the upstream gradient (possibly in another method of the type).</summary>
    public IOperation GradientProduct { get; }

    /// <summary>The statement a diagnostic is reported at: the fill of the buffer, or the on-the-fly fold.</summary>
    public IOperation Location => (IOperation?)Entry.Fill ?? GradientProduct;
}
