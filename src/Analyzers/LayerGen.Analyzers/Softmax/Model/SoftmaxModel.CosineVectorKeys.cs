using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// What the cosine bound (CosineBounds.cs) compares: an element read of a walk as a canonical text in which the walk's
/// own variables read <c>#</c> (<c>q[d]</c> → <c>q[#]</c>, <c>k[j][d]</c> → <c>k[j@pos][#]</c>, a foreach element or a
/// LINQ lambda's element → its collection's <c>[#]</c>), a helper's parameters read as the caller's arguments and a
/// local written once as its value. Two reads with the same key read the same elements along their walks, so a dot
/// product and a sum of squares with equal keys are over the same vector. Everything is read from the operations of
/// the method (or helper) that declares the variable, collected once per member.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How deep a key's text is built at most (indices of indices, locals of locals).</summary>
    private const int MaxCosineTextDepth = 12;

    /// <summary>Writes of every local of a member, collected once per member body.</summary>
    private readonly Dictionary<SyntaxNode, Dictionary<ILocalSymbol, List<(IOperation Write, IOperation? Value, bool IsFold)>>> _cosineWrites = new();

    /// <summary>The modelled method's own writes of a local, converted once (<see cref="CosineWrite"/>).</summary>
    private readonly Dictionary<ILocalSymbol, List<(IOperation Write, IOperation? Value, bool IsFold)>> _cosineModelWrites = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// Names of variables inside a walk: <see cref="Names"/> maps helper parameters and lambda elements to their
    /// caller's text; locals declared after <see cref="Anchor"/> (the accumulator's reset) are the walk's variables.
    /// </summary>
    private sealed class CosineScope
    {
        public static readonly CosineScope Outer = new(ImmutableDictionary.Create<ISymbol, string>(SymbolEqualityComparer.Default), int.MaxValue);

        public CosineScope(ImmutableDictionary<ISymbol, string> names, int anchor)
        {
            Names = names;
            Anchor = anchor;
        }

        public ImmutableDictionary<ISymbol, string> Names { get; }

        public int Anchor { get; }

        public CosineScope WithAnchor(int anchor) => new(Names, anchor);
    }

    /// <summary>The key of an element read that moves along the walk (its text holds <c>#</c>), else null.</summary>
    private string? CosineElementKey(IOperation operation, CosineScope scope, int depth) =>
        CosineText(operation, scope, depth) is { } text && text.Contains("#") ? text : null;

    /// <summary>A canonical text of <paramref name="operation"/> in <paramref name="scope"/>, or null for anything unknown.</summary>
    private string? CosineText(IOperation? operation, CosineScope scope, int depth)
    {
        operation = Unwrap(operation);
        if (operation is null || depth > MaxCosineTextDepth)
        {
            return null;
        }

        if (operation.ConstantValue is { HasValue: true } constant)
        {
            return System.Convert.ToString(constant.Value, CultureInfo.InvariantCulture) ?? "null";
        }

        depth++;
        switch (operation)
        {
            case IParameterReferenceOperation { Parameter: var parameter }:
                return scope.Names.TryGetValue(parameter, out var passed) ? passed : parameter.Name;
            case ILocalReferenceOperation { Local: var local } reference:
                return scope.Names.TryGetValue(local, out var named) ? named : CosineLocalText(reference, scope, depth);
            case IArrayElementReferenceOperation element:
                return CosineIndexedText(CosineText(element.ArrayReference, scope, depth), element.Indices, scope, depth);
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                return CosineIndexedText(CosineText(indexer.Instance, scope, depth), indexer.Arguments.Select(argument => argument.Value), scope, depth);
            case IFieldReferenceOperation { Instance: { } vector, Field.Name: "X" or "Y" or "Z" or "W" } component when WellKnownSymbols.IsNumericsVectorRecord(vector.Type):
                // q.X of a Vector3: as the vector spellings read it, (a - b).X as a.X - b.X (VectorCosines.cs).
                return VectorComponentText(vector, component.Field.Name, scope, depth);
            case IPropertyReferenceOperation property:
                return (property.Instance is null ? property.Property.ContainingType.Name : CosineText(property.Instance, scope, depth)) is { } owner ? owner + "." + property.Property.Name : null;
            case IFieldReferenceOperation field:
                return field.Instance is null or IInstanceReferenceOperation ? field.Field.Name
                    : CosineText(field.Instance, scope, depth) is { } instance ? instance + "." + field.Field.Name : null;
            case IBinaryOperation binary:
                return CosineText(binary.LeftOperand, scope, depth) is { } left && CosineText(binary.RightOperand, scope, depth) is { } right
                    ? "(" + left + " " + binary.OperatorKind + " " + right + ")"
                    : null;
            case IUnaryOperation unary:
                return CosineText(unary.Operand, scope, depth) is { } operand ? unary.OperatorKind + "(" + operand + ")" : null;
            case IInvocationOperation call:
                var receiver = call.Instance is null ? call.TargetMethod.ContainingType.Name : CosineText(call.Instance, scope, depth);
                var arguments = call.Arguments.Select(argument => CosineText(argument.Value, scope, depth)).ToList();
                return receiver is null || arguments.Any(argument => argument is null) ? null : receiver + "." + call.TargetMethod.Name + "(" + string.Join(", ", arguments) + ")";
            case IInstanceReferenceOperation:
                return "this";
            default:
                return null;
        }
    }

    private string? CosineIndexedText(string? collection, IEnumerable<IOperation> indices, CosineScope scope, int depth)
    {
        var texts = indices.Select(index => CosineText(index, scope, depth)).ToList();
        return collection is null || texts.Any(text => text is null) ? null : collection + "[" + string.Join(", ", texts) + "]";
    }

    /// <summary>
    /// A local's text: a foreach element of a walk is its collection's element (<c>a[#]</c>), a local written once its
    /// value, any other local declared after the walk's anchor a walk variable (<c>#</c>), else its name and position.
    /// </summary>
    private string? CosineLocalText(ILocalReferenceOperation reference, CosineScope scope, int depth)
    {
        var local = reference.Local;
        if (local.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var position = local.DeclaringSyntaxReferences[0].Span.Start;
        var at = local.Name + "@" + position.ToString(CultureInfo.InvariantCulture);
        if (EnclosingForEachOf(reference) is { } loop)
        {
            return position <= scope.Anchor ? at : CosineText(loop.Collection, scope, depth) is { } collection ? collection + "[#]" : null;
        }

        if (CosineSingleValue(local) is { } value)
        {
            return CosineText(value, scope, depth);
        }

        return position > scope.Anchor ? "#" : at;
    }

    /// <summary>
    /// The value of a local written once: declared with it, or declared without a value and assigned once (an inlined
    /// helper's result, <c>float NormValue; { …; NormValue = MathF.Sqrt(s); }</c>; no read can precede that assignment,
    /// the compiler checks definite assignment). Null for any other local.
    /// </summary>
    private IOperation? CosineSingleValue(ILocalSymbol local)
    {
        var writes = CosineWritesOf(local).Where(write => write.Write is not IVariableDeclaratorOperation || write.Value is not null).ToList();
        return writes.Count == 1 && !writes[0].IsFold && writes[0].Write is IVariableDeclaratorOperation or ISimpleAssignmentOperation ? writes[0].Value : null;
    }

    /// <summary>
    /// The one value an accumulator adds (<c>s += a * b</c>, <c>s = s + a * b</c>) and the position of its last reset
    /// to 0 before that fold (the anchor of its walk); null when it is written any other way.
    /// </summary>
    private (IOperation Fold, int Anchor)? CosineAccumulatorFold(ILocalSymbol local)
    {
        var writes = CosineWritesOf(local);
        var folds = writes.Where(write => write.IsFold).ToList();
        if (folds.Count != 1 || folds[0].Value is not { } fold)
        {
            return null;
        }

        var foldAt = folds[0].Write.Syntax.SpanStart;
        var anchor = -1;
        foreach (var write in writes)
        {
            if (write.IsFold || write.Write is IVariableDeclaratorOperation && write.Value is null)
            {
                continue;
            }

            if (write.Value is null || ConstantOf(write.Value) is not 0.0)
            {
                return null;
            }

            var at = write.Write.Syntax.SpanStart;
            anchor = at < foldAt && at > anchor ? at : anchor;
        }

        return anchor >= 0 ? (fold, anchor) : null;
    }

    /// <summary>The foreach loop whose element <paramref name="reference"/> reads, found up its parents; else null.</summary>
    private static IForEachLoopOperation? EnclosingForEachOf(ILocalReferenceOperation reference)
    {
        for (var parent = reference.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation declarator } loop
                && SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local))
            {
                return loop;
            }
        }

        return null;
    }

    /// <summary>
    /// Every write of <paramref name="local"/>: the model's own writes for a local of the modelled (possibly inlined)
    /// method, else those of the member of this file that declares it (empty when unknown).
    /// </summary>
    private IReadOnlyList<(IOperation Write, IOperation? Value, bool IsFold)> CosineWritesOf(ILocalSymbol local)
    {
        if (_cosineModelWrites.TryGetValue(local, out var converted))
        {
            return converted;
        }

        if (WritesOf(local) is { Count: > 0 } known)
        {
            converted = known.Select(write => CosineWrite(local, write.Operation, write.Value)).ToList();
            _cosineModelWrites[local] = converted;
            return converted;
        }

        if (local.DeclaringSyntaxReferences.Length != 1)
        {
            return System.Array.Empty<(IOperation, IOperation?, bool)>();
        }

        var syntax = local.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
        var member = syntax.AncestorsAndSelf().LastOrDefault(node => node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax);
        if (member is null)
        {
            return System.Array.Empty<(IOperation, IOperation?, bool)>();
        }

        if (!_cosineWrites.TryGetValue(member, out var byLocal))
        {
            byLocal = CollectCosineWrites(member);
            _cosineWrites[member] = byLocal;
        }

        return byLocal.TryGetValue(local, out var writes) ? writes : System.Array.Empty<(IOperation, IOperation?, bool)>();
    }

    private Dictionary<ILocalSymbol, List<(IOperation Write, IOperation? Value, bool IsFold)>> CollectCosineWrites(SyntaxNode member)
    {
        var byLocal = new Dictionary<ILocalSymbol, List<(IOperation, IOperation?, bool)>>(SymbolEqualityComparer.Default);
        if (ModelFor(member.SyntaxTree) is not { } model || model.SyntaxTree != member.SyntaxTree || model.GetOperation(member, _cancellationToken) is not { } body)
        {
            return byLocal;
        }

        void Add(ILocalSymbol local, IOperation write, IOperation? value, bool isFold)
        {
            if (!byLocal.TryGetValue(local, out var list))
            {
                list = new List<(IOperation, IOperation?, bool)>();
                byLocal[local] = list;
            }

            list.Add((write, value, isFold));
        }

        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator:
                    Add(declarator.Symbol, declarator, declarator.GetVariableInitializer()?.Value, isFold: false);
                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation { Local: var local } } assignment:
                    var (write, value, isFold) = CosineWrite(local, assignment, assignment.Value);
                    Add(local, write, value, isFold);
                    break;
                case ILocalReferenceOperation { Local: var local } reference when IsOtherWrite(reference):
                    // ++, ref/out arguments, deconstruction: a write the cosine reading does not follow.
                    Add(local, reference, null, isFold: false);
                    break;
            }
        }

        return byLocal;
    }

    /// <summary>
    /// One write of an accumulator as the cosine reading sees it: <c>s += v</c> and <c>s = s + v</c> fold <c>v</c>; a
    /// declaration or plain assignment writes its value; anything else (<c>s *= v</c>, <c>++</c>, ref) has no value.
    /// </summary>
    private static (IOperation Write, IOperation? Value, bool IsFold) CosineWrite(ILocalSymbol local, IOperation write, IOperation? value)
    {
        switch (write)
        {
            case IVariableDeclaratorOperation:
                return (write, value, false);
            case ICompoundAssignmentOperation compound:
                return compound.OperatorKind == BinaryOperatorKind.Add ? (write, compound.Value, true) : (write, null, false);
            case ISimpleAssignmentOperation assignment:
                var added = Unwrap(assignment.Value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum
                    ? References(sum.LeftOperand, local) ? sum.RightOperand : References(sum.RightOperand, local) ? sum.LeftOperand : null
                    : null;
                return (write, added ?? assignment.Value, added is not null);
            default:
                return (write, null, false);
        }
    }

    private static bool IsOtherWrite(ILocalReferenceOperation reference) =>
        reference.Parent switch
        {
            IIncrementOrDecrementOperation => true,
            IArgumentOperation { Parameter.RefKind: not RefKind.None and not RefKind.In } => true,
            ITupleOperation tuple => tuple.Parent is IDeconstructionAssignmentOperation deconstruction && deconstruction.Target == tuple,
            IDeclarationExpressionOperation => true,
            _ => false,
        };

    /// <summary>
    /// The body of a LINQ fold <c>src.Sum(f)</c>, <c>src.Select(f).Sum()</c> or <c>a.Zip(b, f).Sum()</c> with its lambda's
    /// parameters named as elements of their sources (an <c>Enumerable.Range</c> element or a Select index is <c>#</c>).
    /// </summary>
    private (IOperation Body, CosineScope Scope)? CosineLinqFold(IInvocationOperation call, CosineScope scope)
    {
        if (!IsEnumerableMethod(call, "Sum") || call.Arguments.Length is not (1 or 2))
        {
            return null;
        }

        if (call.Arguments.Length == 2)
        {
            return CosineLambdaFold(call.Arguments[1].Value, new[] { call.Arguments[0].Value }, scope);
        }

        return Unwrap(call.Arguments[0].Value) switch
        {
            IInvocationOperation { Arguments.Length: 2 } select when IsEnumerableMethod(select, "Select") =>
                CosineLambdaFold(select.Arguments[1].Value, new[] { select.Arguments[0].Value }, scope),
            IInvocationOperation { Arguments.Length: 3 } zip when IsEnumerableMethod(zip, "Zip") =>
                CosineLambdaFold(zip.Arguments[2].Value, new[] { zip.Arguments[0].Value, zip.Arguments[1].Value }, scope),
            _ => null,
        };
    }

    private static bool IsEnumerableMethod(IInvocationOperation call, string name) =>
        call.TargetMethod.Name == name && call.TargetMethod.ContainingType is { Name: "Enumerable", ContainingNamespace: { Name: "Linq" } };

    private (IOperation Body, CosineScope Scope)? CosineLambdaFold(IOperation lambdaArgument, IOperation[] sources, CosineScope scope)
    {
        if (Unwrap(lambdaArgument) is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }
            || lambda.Body.Operations.Length != 1 || lambda.Body.Operations[0] is not IReturnOperation { ReturnedValue: { } body })
        {
            return null;
        }

        var names = scope.Names;
        var parameters = lambda.Symbol.Parameters;
        for (var index = 0; index < parameters.Length; index++)
        {
            string? name;
            if (index < sources.Length)
            {
                var source = Unwrap(sources[index]);
                name = source is IInvocationOperation range && IsEnumerableMethod(range, "Range") ? "#"
                    : CosineText(source, scope, 0) is { } text ? text + "[#]" : null;
            }
            else
            {
                // Select((x, i) => …): the index walks with the element.
                name = sources.Length == 1 && index == 1 ? "#" : null;
            }

            if (name is null)
            {
                return null;
            }

            names = names.SetItem(parameters[index], name);
        }

        return (body, new CosineScope(names, int.MaxValue));
    }

    /// <summary>
    /// The one value a helper or local function of this file returns, with its parameters named as the call's
    /// arguments, else null (several returns, another file, an argument the key cannot name).
    /// </summary>
    private (IOperation Returned, CosineScope Scope)? CosineHelperReturn(IInvocationOperation call, CosineScope scope)
    {
        var method = call.TargetMethod;
        if (method.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
        if (ModelFor(syntax.SyntaxTree) is not { } model || model.SyntaxTree != syntax.SyntaxTree)
        {
            return null;
        }

        var body = syntax switch
        {
            MethodDeclarationSyntax => model.GetOperation(syntax, _cancellationToken) is IMethodBodyOperation methodBody ? methodBody.BlockBody ?? methodBody.ExpressionBody : null,
            LocalFunctionStatementSyntax => (model.GetOperation(syntax, _cancellationToken) as ILocalFunctionOperation)?.Body,
            _ => null,
        };
        if (body is null)
        {
            return null;
        }

        var returns = body.Descendants().OfType<IReturnOperation>().Where(r => !IsInsideNestedFunction(r, body)).Take(2).ToList();
        if (returns.Count != 1 || returns[0].ReturnedValue is not { } returned)
        {
            return null;
        }

        var names = ImmutableDictionary.Create<ISymbol, string>(SymbolEqualityComparer.Default);
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is null || CosineText(argument.Value, scope, 0) is not { } text)
            {
                return null;
            }

            names = names.SetItem(argument.Parameter, text);
        }

        return (returned, new CosineScope(names, int.MaxValue));
    }

    private static bool IsInsideNestedFunction(IOperation operation, IOperation body)
    {
        for (var parent = operation.Parent; parent is not null && parent != body; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }
}
